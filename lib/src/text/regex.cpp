#include "text/regex.h"

#include <cstdio>
#include <cstdlib>

namespace pith::detail {

namespace {

// A function-local static, so namespace-scope regexes in any translation
// unit can register during static initialisation whatever the order.
struct registry {
    std::mutex mutex;
    std::vector<const regex*> all;
};

registry& the_registry() {
    static registry r;
    return r;
}

}  // namespace

RE2::Options regex_options() { return RE2::Options(RE2::Quiet); }

void regex_failed(std::string_view name, std::string_view pattern, std::string_view error) {
    std::fprintf(stderr, "pith: bad regular expression %.*s: %.*s in %.*s\n", static_cast<int>(name.size()),
                 name.data(), static_cast<int>(error.size()), error.data(), static_cast<int>(pattern.size()),
                 pattern.data());
    std::abort();
}

regex::regex(std::string_view name, std::string pattern) : name_(name), pattern_(std::move(pattern)) {
    registry& r = the_registry();
    std::lock_guard<std::mutex> lock(r.mutex);
    r.all.push_back(this);
}

const RE2& regex::get() const {
    std::call_once(once_, [this] {
        re_ = std::make_unique<RE2>(pattern_, regex_options());
        if (!re_->ok()) regex_failed(name_, pattern_, re_->error());
    });
    return *re_;
}

RE2::Set compile_regex_set(const std::vector<const regex*>& patterns, RE2::Anchor anchor) {
    RE2::Set set(regex_options(), anchor);
    for (const regex* p : patterns) {
        std::string error;
        if (set.Add(p->pattern(), &error) < 0) regex_failed(p->name(), p->pattern(), error);
    }
    if (!set.Compile())
        regex_failed("set", patterns.empty() ? "" : patterns.front()->pattern(), "set does not compile");
    return set;
}

std::string alternation(std::initializer_list<std::span<const std::string_view>> tables) {
    std::string out;
    for (std::span<const std::string_view> table : tables)
        for (std::string_view word : table) out.append(out.empty() ? "" : "|").append(word);
    return out;
}

std::vector<const regex*> registered_regexes() {
    registry& r = the_registry();
    std::lock_guard<std::mutex> lock(r.mutex);
    return r.all;
}

}  // namespace pith::detail
