#include "transform/gumbo_arena.hpp"

namespace distill::transform {

GumboArena& gumbo_arena() {
  thread_local GumboArena arena;
  return arena;
}

}  // namespace distill::transform
