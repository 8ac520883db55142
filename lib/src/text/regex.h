#pragma once
// Every RE2 pattern of the library is built through this header, so that a
// pattern that does not compile cannot silently switch its rule off: an RE2
// that is not ok() matches nothing, which looks exactly like a rule that
// never fires. Patterns are declared as `regex` objects at namespace scope;
// each one lists itself in a registry that tests/test_regex.cpp compiles
// whole, and compiles on first use, aborting with its name, pattern and
// RE2's error if it is broken.

#include <re2/re2.h>
#include <re2/set.h>

#include <initializer_list>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pith::detail {

// The one set of options: RE2's defaults (UTF-8, leftmost-first), without
// RE2's own logging, since a failure is reported here with more context.
RE2::Options regex_options();

// Prints "pith: bad regular expression NAME: ERROR in PATTERN" and aborts.
[[noreturn]] void regex_failed(std::string_view name, std::string_view pattern, std::string_view error);

// A named pattern, compiled once on first use (thread-safe) and listed in
// the registry from construction. Converts to `const RE2&`, so it is passed
// to RE2::PartialMatch and friends as an RE2 is.
class regex {
  public:
    regex(std::string_view name, std::string pattern);
    regex(const regex&) = delete;
    regex& operator=(const regex&) = delete;

    const RE2& get() const;
    operator const RE2&() const { return get(); }  // NOLINT: by design, so call sites read as RE2's

    std::string_view name() const { return name_; }
    const std::string& pattern() const { return pattern_; }

  private:
    std::string name_;
    std::string pattern_;
    mutable std::once_flag once_;
    mutable std::unique_ptr<RE2> re_;
};

// An RE2::Set over registered patterns, in order: pattern i matches as
// index i. Aborts when a pattern cannot be added or the set cannot compile.
RE2::Set compile_regex_set(const std::vector<const regex*>& patterns, RE2::Anchor anchor);

// "a|b|c": the words of vocabulary tables joined into one alternation, so
// a rule keeps its words as data and builds its pattern from them. Entries
// are RE2 fragments (most are plain words); the caller adds the anchors.
std::string alternation(std::initializer_list<std::span<const std::string_view>> tables);

// Every regex constructed so far, in construction order (namespace-scope
// ones are all constructed before main).
std::vector<const regex*> registered_regexes();

}  // namespace pith::detail
