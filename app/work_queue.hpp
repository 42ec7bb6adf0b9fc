#pragma once
// A queue that threads hand work through: push() from one side, pop() blocks
// on the other until there is an item or the queue is closed. It holds what
// its users put in it; the process stage bounds that by how much work it
// lets out at once.

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace distill::app {

template <typename T>
class WorkQueue {
 public:
  void push(T item) {
    {
      std::lock_guard lock(m_mutex);
      m_items.push_back(std::move(item));
    }
    m_ready.notify_one();
  }

  // The next item, or nullopt once the queue is closed and empty.
  std::optional<T> pop() {
    std::unique_lock lock(m_mutex);
    m_ready.wait(lock, [&] { return !m_items.empty() || m_closed; });
    if (m_items.empty()) return std::nullopt;
    T item = std::move(m_items.front());
    m_items.pop_front();
    return item;
  }

  // No more items: pop() returns what is left, then nullopt. With `drop`,
  // what is left is thrown away.
  void close(bool drop = false) {
    {
      std::lock_guard lock(m_mutex);
      m_closed = true;
      if (drop) m_items.clear();
    }
    m_ready.notify_all();
  }

 private:
  std::mutex m_mutex;
  std::condition_variable m_ready;
  std::deque<T> m_items;
  bool m_closed = false;
};

}  // namespace distill::app
