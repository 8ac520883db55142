// The HTTP response inside a WARC `response` record: status line, headers,
// and the body with its transfer coding and content codings undone.
#pragma once

#include "pith/warc.h"

#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

// ASCII lower case (header names, media types, coding and charset labels).
char ascii_lower(char c) noexcept;
std::string ascii_lower(std::string_view s);

struct http_head {
    int status = 0;
    std::vector<warc::header> headers;
    std::size_t body_offset = 0;  // where the body starts in the block
};

// Reads the status line ("HTTP/1.1 200 OK", "HTTP/2 404") and the header
// lines up to the blank line, CRLF or LF, folded lines joined. False with
// `message` set when the block does not start with a status line or has no
// blank line within `max_bytes`.
bool parse_http_head(std::string_view block, std::size_t max_bytes, http_head& out, std::string& message);

// Parses a header line "Name: value" into `out`, or joins a continuation
// line (leading space or tab) to the last header. False for a line that is
// neither.
bool add_header_line(std::string_view line, std::vector<warc::header>& out);

// The media type of a Content-Type value, lower case, without parameters,
// and its charset parameter (lower case, unquoted, empty when absent).
void split_content_type(std::string_view value, std::string& media_type, std::string& charset);

struct decoded_body {
    std::string bytes;
    bool cut = false;        // max_bytes reached: the start is kept
    std::string error;       // set: the body could not be decoded (bytes empty)
    std::vector<std::string> notes;
};

// Undoes Transfer-Encoding: chunked and then each Content-Encoding (gzip,
// x-gzip, deflate, br; identity) named in `headers`, last applied first. A
// coding the bytes plainly do not carry (no gzip magic, no chunk-size line)
// is a stale header: the bytes are used as they are, with a note.
decoded_body decode_http_body(std::string_view body, const std::vector<warc::header>& headers,
                              std::size_t max_bytes);

}  // namespace pith::detail
