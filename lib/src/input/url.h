// Links as a reader follows them: a reference resolved against the page's
// base URL (RFC 3986, section 5.2), and only for schemes safe to print.
#pragma once

#include <string>
#include <string_view>

namespace pith::detail {

// `ref` resolved against `base` (an absolute URL such as
// "https://example.org/a/b.html"). A `ref` with its own scheme is returned as
// it is; with an empty or relative `base`, a relative `ref` is returned as it
// is. Empty when `ref` is empty, a bare fragment ("#top", a link within the
// page), or names a scheme that runs or embeds code (javascript:, data:,
// vbscript:, ...): only http, https, ftp, mailto and tel are kept.
std::string resolve_url(std::string_view base, std::string_view ref);

}  // namespace pith::detail
