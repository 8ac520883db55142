// Dev tools: a page's bytes from a file, .gz inflated.
#pragma once

#include "input/decode.h"

#include <cstddef>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

namespace pith::devtools {

// False (with the reason on stderr) when the file is a broken gzip.
inline bool read_page(const char* path, std::string& bytes) {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (!detail::is_gzip(bytes)) return true;
    std::string out, error;
    if (!detail::gunzip(bytes, std::size_t{1} << 30, out, error)) {
        std::cerr << path << ": " << error << '\n';
        return false;
    }
    bytes = std::move(out);
    return true;
}

}  // namespace pith::devtools
