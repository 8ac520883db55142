// Dev tool: prints the page-type features of HTML pages (.html or .html.gz),
// one TSV row per page: file, features..., then the rule's verdict
// (not_content or unknown). Used by tools/train_page_type.py; not installed.
#include "input/decode.h"
#include "model/page_type.h"
#include "pipeline.h"
#include "read_page.h"

#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>

int main(int argc, char** argv) {
    using namespace pith::detail;
    std::cout << std::setprecision(7) << "file";
    for (auto name : page_feature_names) std::cout << '\t' << name;
    std::cout << "\trule\n";
    for (int a = 1; a < argc; ++a) {
        std::string bytes;
        if (!pith::devtools::read_page(argv[a], bytes)) continue;
        html_document doc = read_html(decode_html_bytes(bytes, {}).text);
        const html_verdict verdict = html_rules(doc.blocks, doc);
        const page_row row = compute_page_features(doc.blocks, doc, verdict);
        std::cout << argv[a];
        for (float v : row) std::cout << '\t' << v;
        std::cout << '\t' << pith::to_string(not_content_rule(row)) << '\n';
    }
    return 0;
}
