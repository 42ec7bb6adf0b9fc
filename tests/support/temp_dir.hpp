#pragma once
// The scratch directory every test that touches files uses.

#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace distill::test {

// A fresh directory of its own (mkdtemp, mode 0700) under the system temp
// dir, removed with everything in it when the object goes.
class TempDir {
 public:
  TempDir() {
    std::string name = (std::filesystem::temp_directory_path() / "distill-test.XXXXXX").string();
    if (::mkdtemp(name.data()) == nullptr) throw std::runtime_error("cannot make a temporary directory");
    m_path = name;
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
  }
  const std::filesystem::path& path() const { return m_path; }
  std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

 private:
  std::filesystem::path m_path;
};

}  // namespace distill::test
