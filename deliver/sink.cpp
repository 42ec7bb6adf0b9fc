#include "deliver/sink.hpp"
