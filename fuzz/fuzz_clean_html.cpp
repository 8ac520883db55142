// libFuzzer target: pith::clean with HTML mode forced, so every input goes
// through decoding, the payload cut, the depth bound, Gumbo, the iterative
// walk and the DOM classifier.
#include "check_result.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    pith::fuzz::check_entry(data, size, [](std::string_view in, const pith::options& o) {
        pith::options html = o;
        html.mode = pith::input_mode::html;
        return pith::clean(in, html);
    });
    return 0;
}
