// The baseline every benchmark here compares pith with: what any extractor
// built on Gumbo must at least pay. gumbo_parse on the page's bytes, a walk
// over every node with an explicit stack collecting the text of text nodes
// outside script/style, gumbo_destroy_output.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

namespace pith_bench {

// Parses `page`, appends its text to `text` (cleared first), frees the
// tree. Returns the text's length so the work cannot be optimised away.
inline std::size_t gumbo_text_walk(const std::string& page, std::string& text, const GumboOptions& options) {
    text.clear();
    GumboOutput* out = gumbo_parse_with_options(&options, page.data(), page.size());
    std::vector<const GumboNode*> stack{out->root};
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
            text += n->v.text.text;
            text += ' ';
        } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
            GumboTag tag = n->v.element.tag;
            if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE) continue;
            const GumboVector& kids = n->v.element.children;
            for (unsigned i = kids.length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(kids.data[i - 1]));
        }
    }
    std::size_t n = text.size();
    gumbo_destroy_output(&options, out);
    return n;
}

}  // namespace pith_bench
