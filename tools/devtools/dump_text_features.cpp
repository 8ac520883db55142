// Dev tool: prints the chrome features of every live block of text-mode
// inputs, one TSV row per block: file, block index, features..., the reason
// the classifier would give if it dropped the block, text.
// Used by tools/train_text_model.py; not installed.
#include "model/text_features.h"
#include "pipeline.h"
#include "rules/rules.h"
#include "input/text_input.h"
#include "text/unicode.h"

#include <fstream>
#include <iomanip>
#include <iostream>
#include <iterator>

int main(int argc, char** argv) {
    using namespace pith::detail;
    std::cout << std::setprecision(9) << "file\tblock";  // 9 digits: a float round-trips
    for (auto name : text_feature_names) std::cout << '\t' << name;
    std::cout << "\tdrop_reason\ttext\n";
    for (int a = 1; a < argc; ++a) {
        std::ifstream in(argv[a], std::ios::binary);
        std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        candidates blocks = read_text_blocks(sanitize_text(bytes));
        apply_content_rules(blocks);
        for (const text_row& r : compute_text_features(blocks)) {
            std::cout << argv[a] << '\t' << r.block;
            for (float v : r.f) std::cout << '\t' << v;
            std::cout << '\t' << to_string(chrome_drop_reason(blocks[r.block], r)) << '\t' << blocks[r.block].text << '\n';
        }
    }
    return 0;
}
