// libFuzzer target: pith::clean, the auto-detecting entry point (HTML or
// text). Until the HTML front end lands, HTML input comes back as
// unsupported_input, which the checks accept as long as it says why.
#include "check_result.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    pith::fuzz::check_entry(data, size, [](std::string_view in, const pith::options& o) {
        return pith::clean(in, o);
    });
    return 0;
}
