#include "input/url.h"

#include "input/html_bytes.h"

#include <array>

namespace pith::detail {

namespace {

// The scheme of `s` ("https" in "https://..."), or empty when it has none.
std::string_view scheme_of(std::string_view s) {
    if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) return {};
    for (std::size_t i = 1; i < s.size(); ++i) {
        char c = s[i];
        if (c == ':') return s.substr(0, i);
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
                  c == '-' || c == '.';
        if (!ok) return {};
    }
    return {};
}

bool safe_scheme(std::string_view scheme) {
    static constexpr std::array<std::string_view, 5> safe = {"http", "https", "ftp", "mailto", "tel"};
    for (std::string_view s : safe)
        if (equals_ci(scheme, s)) return true;
    return false;
}

// RFC 3986 5.2.4: "." and ".." segments removed from a path.
std::string remove_dot_segments(std::string_view path) {
    std::string out;
    while (!path.empty()) {
        if (path.substr(0, 3) == "../") path.remove_prefix(3);
        else if (path.substr(0, 2) == "./") path.remove_prefix(2);
        else if (path.substr(0, 3) == "/./") path.remove_prefix(2);
        else if (path == "/.") path = "/";
        else if (path.substr(0, 4) == "/../" || path == "/..") {
            path = path.size() == 3 ? std::string_view("/") : path.substr(3);
            std::size_t cut = out.rfind('/');
            out.resize(cut == std::string::npos ? 0 : cut);
        } else if (path == "." || path == "..") {
            path = {};
        } else {
            std::size_t next = path.find('/', 1);
            if (next == std::string_view::npos) next = path.size();
            out.append(path.substr(0, next));
            path.remove_prefix(next);
        }
    }
    return out;
}

std::string trim_url(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && static_cast<unsigned char>(s[b]) <= ' ') ++b;
    while (e > b && static_cast<unsigned char>(s[e - 1]) <= ' ') --e;
    std::string out;
    for (char c : s.substr(b, e - b))
        if (c != '\n' && c != '\r' && c != '\t') out.push_back(c);  // as browsers strip them
    return out;
}

}  // namespace

std::string resolve_url(std::string_view base_in, std::string_view ref_in) {
    const std::string ref = trim_url(ref_in);
    if (ref.empty() || ref[0] == '#') return {};
    std::string_view scheme = scheme_of(ref);
    if (!scheme.empty()) return safe_scheme(scheme) ? ref : std::string();
    const std::string base = trim_url(base_in);
    std::string_view bscheme = scheme_of(base);
    if (bscheme.empty() || !safe_scheme(bscheme)) return ref;
    std::string_view rest = std::string_view(base).substr(bscheme.size() + 1);
    if (ref.substr(0, 2) == "//") return std::string(bscheme) + ":" + ref;
    std::string_view authority;
    if (rest.substr(0, 2) == "//") {
        std::size_t end = rest.find_first_of("/?#", 2);
        if (end == std::string_view::npos) end = rest.size();
        authority = rest.substr(0, end);
        rest.remove_prefix(end);
    }
    std::string_view path = rest.substr(0, rest.find_first_of("?#"));
    const std::string prefix = std::string(bscheme) + ":" + std::string(authority);
    if (ref[0] == '?') return prefix + std::string(path) + ref;
    std::size_t ref_path_end = ref.find_first_of("?#");
    if (ref_path_end == std::string::npos) ref_path_end = ref.size();
    std::string_view ref_path = std::string_view(ref).substr(0, ref_path_end);
    std::string_view ref_tail = std::string_view(ref).substr(ref_path_end);
    std::string merged;
    if (ref[0] == '/') {
        merged = std::string(ref_path);
    } else if (!authority.empty() && path.empty()) {
        merged = "/" + std::string(ref_path);
    } else {
        std::size_t slash = path.rfind('/');
        merged = std::string(slash == std::string_view::npos ? std::string_view() : path.substr(0, slash + 1));
        merged += ref_path;
    }
    return prefix + remove_dot_segments(merged) + std::string(ref_tail);
}

}  // namespace pith::detail
