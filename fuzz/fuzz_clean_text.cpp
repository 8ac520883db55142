// libFuzzer target: pith::clean_text, the text-scrape entry point.
#include "check_result.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    pith::fuzz::check_entry(data, size, [](std::string_view in, const pith::options& o) {
        return pith::clean_text(in, o);
    });
    return 0;
}
