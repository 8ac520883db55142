// The inputs guarded from the outputs: with --out-dir no write may land on
// an input, and no later run may read outputs as its inputs. Paths are
// compared as the file system resolves them (symbolic links, "..", "."),
// since a name as written says nothing about where it leads.
#pragma once

#include "config.h"

#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace pith_cli {

// Where `p` really is: absolute, symbolic links and dot components resolved
// as far as the path exists, the rest appended as written, no trailing
// separator. Empty when it cannot be resolved.
std::filesystem::path real_path(const std::filesystem::path& p);

// True when the real path `p` is `dir` or lies below it.
bool within(const std::filesystem::path& p, const std::filesystem::path& dir);

class output_guard {
public:
    // Learns --out-dir and the inputs of `cfg`. Returns a message for
    // standard error (a usage error: nothing may be written) when the
    // out-dir is an input folder or contains one, or contains an input file
    // named on the command line; else "". An out-dir strictly inside an
    // input folder is allowed: the walk skips it (in_out_dir).
    std::string start(const config& cfg);

    bool active() const { return !out_.empty(); }

    // The walk: a folder or file whose real path is in the out-dir holds
    // outputs, not inputs.
    bool in_out_dir(const std::filesystem::path& real) const;

    // A walked file reached through a symbolic link: its target is an input
    // too, though it may lie outside every input folder.
    void add_input_file(const std::filesystem::path& real);

    // Whether a file `name` may be created in the folder whose real path is
    // `real_dir`: "" when it may, else why not (`shown` names the file in the
    // message). Never when it is an input file, or lies in an input folder
    // outside the out-dir (a symbolic link inside the out-dir leading back).
    std::string check(const std::filesystem::path& real_dir, const std::string& name,
                      const std::string& shown) const;

private:
    std::filesystem::path out_;                     // real path of --out-dir; empty without one
    std::vector<std::filesystem::path> input_dirs_;
    std::set<std::filesystem::path> input_files_;   // named ones and walked links' targets
};

}  // namespace pith_cli
