#pragma once
// gumbo's allocator for html_to_document: a bump arena.
//
// gumbo allocates every node, vector, string buffer and attribute on its
// own with malloc and frees them one by one in gumbo_destroy_output: on
// newsletter HTML that was about a tenth of the whole decode. A bump arena
// given to gumbo through its allocator hooks makes allocation a pointer
// increment and the teardown one reset; the blocks are kept for the next
// document on the same thread (up to a cap, so one huge page does not pin
// its memory).

#include <cstddef>
#include <memory>
#include <vector>

namespace distill::transform {

class GumboArena {
 public:
  static void* allocate(void* self, std::size_t size) { return static_cast<GumboArena*>(self)->take(size); }
  static void deallocate(void*, void*) {}

  void* take(std::size_t size) {
    size = (size + k_align - 1) & ~(k_align - 1);
    if (size > m_left) next_block(size);
    void* p = m_next;
    m_next += size;
    m_left -= size;
    return p;
  }

  // Forgets everything handed out; keeps the blocks unless they got large.
  void reset() {
    if (m_retained > k_retain_limit) {
      m_blocks.clear();
      m_retained = 0;
    }
    m_current = 0;
    m_next = nullptr;
    m_left = 0;
  }

 private:
  static constexpr std::size_t k_align = alignof(std::max_align_t);
  static constexpr std::size_t k_block = std::size_t{256} * 1024;
  static constexpr std::size_t k_retain_limit = std::size_t{16} * 1024 * 1024;

  struct Block {
    std::unique_ptr<std::byte[]> data;
    std::size_t size;
  };

  void next_block(std::size_t size) {
    // Reuse a kept block when it is big enough, else make a new one.
    while (m_current < m_blocks.size()) {
      Block& b = m_blocks[m_current++];
      if (b.size >= size) {
        m_next = b.data.get();
        m_left = b.size;
        return;
      }
    }
    const std::size_t n = std::max(size, k_block);
    m_blocks.push_back(Block{std::make_unique_for_overwrite<std::byte[]>(n), n});
    m_retained += n;
    m_current = m_blocks.size();
    m_next = m_blocks.back().data.get();
    m_left = n;
  }

  std::vector<Block> m_blocks;
  std::size_t m_current = 0;  // blocks before this one are in use
  std::size_t m_retained = 0;
  std::byte* m_next = nullptr;
  std::size_t m_left = 0;
};

// This thread's arena.
GumboArena& gumbo_arena();

}  // namespace distill::transform
