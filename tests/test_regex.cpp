// Every RE2 pattern of the library is a registered pith::detail::regex
// (text/regex.h). A pattern that does not compile would otherwise match
// nothing and switch its rule off without a word; here each one is
// compiled on its own and must be ok().
#include "input/class_hints.h"
#include "pith/pith.h"
#include "text/regex.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

namespace {

// The library is static: only the objects a test references are linked,
// and a pattern registers itself (before main) only if its object is.
// Referencing the pipeline links every stage; it is called after the walk,
// since running it would abort on a broken pattern before the walk names it.
void link_every_stage() {
    pith::options html;
    html.mode = pith::input_mode::html;
    (void)pith::clean("<title>t</title><p>x</p>", html);
    (void)pith::clean("x\n");
}

}  // namespace

TEST_CASE("every registered regex compiles", "[regex]") {
    const auto all = pith::detail::registered_regexes();
    // As many as the library declares today (the class hints are a byte
    // scan, no longer patterns); a smaller count means a file
    // with patterns is no longer linked or no longer registers them.
    CHECK(all.size() >= 30);
    std::set<std::string> names;
    for (const pith::detail::regex* r : all) {
        INFO(r->name() << ": " << r->pattern());
        CHECK(names.insert(std::string(r->name())).second);
        const RE2 re(r->pattern(), pith::detail::regex_options());
        CHECK(re.ok());
        if (re.ok()) CHECK(r->get().ok());
    }
    link_every_stage();
}

TEST_CASE("the class hint set compiles and matches", "[regex]") {
    CHECK((pith::detail::class_hints("site-nav", "") & pith::detail::hint_nav) != 0);
    CHECK((pith::detail::class_hints("articleBody", "") & pith::detail::hint_positive) != 0);
}
