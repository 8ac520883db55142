// pith._pith: the compiled half of the Python module `pith`.
//
// A thin layer over pith::clean. The pure-Python package (python/pith/)
// gives it its public shape: keyword arguments, the Result dataclasses, the
// Error class, pickling. Everything here converts arguments, releases the
// GIL around the C++ work and converts the result back.
#include <pith/pith.h>
#include <pybind11/pybind11.h>

#include <optional>
#include <string>
#include <string_view>

#include "convert.h"

namespace py = pybind11;

namespace pith_py {

namespace {

// The shared argument list of extract, clean and extract_paragraphs.
struct call_args {
    py::object input;
    std::optional<std::string> mode;
    std::optional<std::string> encoding;
    std::optional<std::size_t> max_input_bytes;
    std::optional<std::size_t> max_blocks;
    std::optional<std::size_t> max_depth;
    std::optional<std::size_t> max_nodes;
    std::optional<std::string> comments;
    std::optional<std::string> favour;
};

// Runs pith::clean with the GIL released. `in.view` stays valid meanwhile:
// it points into a bytes/str object we hold a reference to, or into our own
// copy of a mutable buffer.
pith::result run(const call_args& a) {
    input_bytes in = read_input(a.input);
    pith::options opts = make_options(a.mode, a.encoding, in.is_str, a.max_input_bytes, a.max_blocks,
                                      a.max_depth, a.max_nodes, a.comments, a.favour);
    pith::result r;
    {
        py::gil_scoped_release unlocked;
        r = pith::clean(in.view, opts);
    }
    if (!r.ok()) raise_error(r.message, pith::to_string(r.code));
    return r;
}

py::str extract(const call_args& a) {
    pith::result r = run(a);
    return utf8_to_str(r.text);
}

py::list extract_paragraphs(const call_args& a) {
    pith::result r = run(a);
    py::list out;
    for (const pith::block& b : r.blocks)
        if (b.kept) out.append(utf8_to_str(b.text));
    return out;
}

py::dict clean(const call_args& a) { return result_to_dict(run(a)); }

// Binds `fn` under `name` with the shared keyword arguments.
template <typename R>
void def_entry(py::module_& m, const char* name, R (*fn)(const call_args&), const char* doc) {
    m.def(
        name,
        [fn](py::object input, std::optional<std::string> mode, std::optional<std::string> encoding,
             std::optional<std::size_t> max_input_bytes, std::optional<std::size_t> max_blocks,
             std::optional<std::size_t> max_depth, std::optional<std::size_t> max_nodes,
             std::optional<std::string> comments, std::optional<std::string> favour) {
            return fn(call_args{std::move(input), std::move(mode), std::move(encoding), max_input_bytes,
                                max_blocks, max_depth, max_nodes, std::move(comments), std::move(favour)});
        },
        py::arg("input"), py::kw_only(), py::arg("mode") = py::none(), py::arg("encoding") = py::none(),
        py::arg("max_input_bytes") = py::none(), py::arg("max_blocks") = py::none(),
        py::arg("max_depth") = py::none(), py::arg("max_nodes") = py::none(), py::arg("comments") = py::none(),
        py::arg("favour") = py::none(), doc);
}

}  // namespace

}  // namespace pith_py

PYBIND11_MODULE(_pith, m) {
    m.doc() = "The compiled core of the pith module; use `pith`, not this.";
    pith_py::def_entry(m, "extract", &pith_py::extract, "Body text of one page (see pith.extract).");
    pith_py::def_entry(m, "extract_paragraphs", &pith_py::extract_paragraphs,
                       "Kept blocks of one page (see pith.extract_paragraphs).");
    pith_py::def_entry(m, "clean", &pith_py::clean, "The whole result as a dict (see pith.clean).");
    m.def("version", [] { return std::string(pith::version()); });
    m.attr("default_max_input_bytes") = pith::default_max_input_bytes;
    m.attr("default_max_blocks") = pith::default_max_blocks;
    m.attr("default_max_depth") = pith::default_max_depth;
    m.attr("default_max_nodes") = pith::default_max_nodes;
    pith_py::def_warc(m);
}
