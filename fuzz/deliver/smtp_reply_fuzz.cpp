// libFuzzer target for the SMTP reply reader: any bytes, split into server
// lines and our commands by the input itself, must give reply and trace
// lines that are single lines of printable UTF-8, and every answer to a 334
// challenge and every AUTH argument must be masked in the trace.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "deliver/smtp_reply.hpp"
#include "transform/charset.hpp"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

bool printable(const std::string& line) {
  for (const char c : line) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) return false;
  }
  return distill::transform::is_valid_utf8(line);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> trace;
  distill::deliver::SmtpConversation conversation([&](const std::string& line) { trace.push_back(line); });
  // Pieces separated by a 0x01 byte; a piece that starts with '>' is a
  // command we send, any other is what the server sends.
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::size_t start = 0;
  bool challenged = false;
  while (start <= bytes.size()) {
    std::size_t end = bytes.find('\x01', start);
    if (end == std::string_view::npos) end = bytes.size();
    const std::string_view piece = bytes.substr(start, end - start);
    const std::size_t before = trace.size();
    if (!piece.empty() && piece.front() == '>') {
      const std::string_view command = piece.substr(1);
      conversation.said(command);
      require(conversation.replies().empty());
      require(trace.size() == before + 1);
      const std::string& shown = trace.back();
      // The verb in either case, as a client may send it.
      if (command.starts_with("AUTH ") || command.starts_with("auth ")) {
        require(shown.ends_with(" ****") && shown.find(' ', 7) == shown.size() - 5);
      } else if (challenged) {
        require(shown == "> ****");
      }
    } else {
      conversation.heard(piece);
      for (std::size_t i = before; i < trace.size(); ++i) {
        challenged = trace[i].starts_with("< 334");
      }
    }
    for (const auto& line : conversation.replies()) require(!line.empty() && printable(line));
    for (const auto& line : trace) require(printable(line));
    require(printable(conversation.last_reply()));
    start = end + 1;
  }
  return 0;
}
