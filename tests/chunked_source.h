// A WARC reader's read callback over bytes in memory that hands out at most
// `chunk` bytes a call, so record and gzip member boundaries fall anywhere
// in a read. One definition for the WARC tests and the WARC fuzzer.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace pith::test {

struct chunked_source {
    std::string_view bytes;  // not owned: must outlive the reader
    std::size_t chunk;
    std::size_t pos = 0;

    std::ptrdiff_t operator()(char* buf, std::size_t size) {
        std::size_t n = std::min({size, chunk, bytes.size() - pos});
        std::copy_n(bytes.data() + pos, n, buf);
        pos += n;
        return static_cast<std::ptrdiff_t>(n);
    }
};

}  // namespace pith::test
