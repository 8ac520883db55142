#include "guard.h"

#include <algorithm>

namespace fs = std::filesystem;

namespace pith_cli {

fs::path real_path(const fs::path& p) {
    std::error_code ec;
    fs::path abs = fs::absolute(p, ec);
    if (ec) return {};
    // weakly_canonical resolves links in the part that exists; a part that
    // does not exist yet (an out-dir to create) cannot hold a link.
    fs::path r = fs::weakly_canonical(abs, ec);
    if (ec) return {};
    r = r.lexically_normal();
    // "out/" and "out" must compare equal.
    while (!r.has_filename() && r.has_relative_path()) r = r.parent_path();
    return r;
}

bool within(const fs::path& p, const fs::path& dir) {
    // By components, so "/in-2" is not within "/in".
    return std::mismatch(p.begin(), p.end(), dir.begin(), dir.end()).second == dir.end();
}

namespace {

// The argument as given, and where it leads when a link makes that differ:
// a refusal of "out" makes sense only when it says that "out" is "in".
std::string shown(const std::string& arg, const fs::path& real) {
    std::error_code ec;
    fs::path as_written = fs::absolute(arg, ec).lexically_normal();
    while (!as_written.has_filename() && as_written.has_relative_path()) as_written = as_written.parent_path();
    if (ec || as_written == real) return arg;
    return arg + " (" + real.string() + ")";
}

}  // namespace

std::string output_guard::start(const config& cfg) {
    if (cfg.out_dir.empty()) return "";
    out_ = real_path(cfg.out_dir);
    if (out_.empty()) return "";  // then it cannot be created either, and that is said
    const std::string out_shown = shown(cfg.out_dir, out_);
    for (const std::string& arg : cfg.inputs) {
        if (arg == "-") continue;
        std::error_code ec;
        fs::path real = fs::canonical(arg, ec);
        if (ec) continue;  // missing: it fails when read, in its place, and holds nothing to lose
        bool dir = fs::is_directory(real, ec);
        if (within(real, out_)) {
            std::string in = shown(arg, real);
            if (!dir)
                return "input " + in + " is inside --out-dir " + out_shown +
                       ": an output could overwrite it; choose another output folder";
            // A sub-folder of the input is the one overlap that is safe.
            if (real == out_)
                return "--out-dir " + out_shown + " is the input folder " + in +
                       ": outputs would overwrite the inputs, and the next run would read them as"
                       " inputs; choose another folder (a new sub-folder of it will do: the walk skips it)";
            return "--out-dir " + out_shown + " contains the input folder " + in +
                   ": outputs could overwrite the inputs; choose a folder outside " + arg +
                   " (a new sub-folder of it will do: the walk skips it)";
        }
        if (dir) input_dirs_.push_back(std::move(real));
        else input_files_.insert(std::move(real));
    }
    return "";
}

bool output_guard::in_out_dir(const fs::path& real) const {
    return active() && !real.empty() && within(real, out_);
}

void output_guard::add_input_file(const fs::path& real) {
    if (!real.empty()) input_files_.insert(real);
}

std::string output_guard::check(const fs::path& real_dir, const std::string& name,
                                const std::string& shown) const {
    if (!active()) return "";
    if (real_dir.empty()) return "output " + shown + ": cannot resolve its folder; not written";
    fs::path p = real_dir / name;
    if (input_files_.count(p)) return "output " + shown + " would overwrite the input " + p.string();
    if (within(p, out_)) return "";
    // Outside the out-dir's real path, so a link inside it leads there.
    for (const fs::path& dir : input_dirs_)
        if (within(p, dir))
            return "output " + shown + " is really " + p.string() + ", in the input folder " + dir.string() +
                   " (a symbolic link in --out-dir leads there), so it could overwrite an input; not written";
    return "";
}

}  // namespace pith_cli
