// pith._pith.WarcReader: pith::warc::reader as a Python iterator of plain
// tuples; pith/_warc.py turns them into WarcRecord values.
#include <pith/warc.h>
#include <pybind11/pybind11.h>

#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>

#include "convert.h"

namespace pith_py {

namespace {

// A Python binary file object as the reader's byte source. Called from
// reader::next, which runs without the GIL, so it takes the GIL for the
// read and copies the bytes out.
pith::warc::read_function python_reader(py::object file) {
    return [file = std::move(file)](char* buf, std::size_t size) -> std::ptrdiff_t {
        py::gil_scoped_acquire locked;
        py::object chunk = file.attr("read")(size);
        if (!PyBytes_Check(chunk.ptr()))
            throw std::runtime_error("read() of the WARC file object did not return bytes");
        std::size_t n = static_cast<std::size_t>(PyBytes_GET_SIZE(chunk.ptr()));
        if (n > size) throw std::runtime_error("read() returned more bytes than asked for");
        std::memcpy(buf, PyBytes_AS_STRING(chunk.ptr()), n);
        return static_cast<std::ptrdiff_t>(n);
    };
}

class warc_iterator {
  public:
    warc_iterator(py::object source, bool include_all, const pith::options& opts)
        : reader_(open(source)), include_all_(include_all), opts_(opts) {}

    // (record_id, url, date, http_status, type, media_type, truncated, offset, result dict or None,
    //  error or None)
    py::tuple next() {
        for (;;) {
            pith::warc::record rec;
            pith::result r;
            bool got = false, cleaned = false;
            {
                py::gil_scoped_release unlocked;
                got = reader_.next(rec);
                if (got && rec.ok() && rec.is_html) {
                    r = pith::warc::clean_record(rec, opts_);
                    cleaned = true;
                }
            }
            if (!got) {
                if (!reader_.ok()) raise_error(reader_.error(), "unsupported_input");
                throw py::stop_iteration();
            }
            py::object result = py::none(), error = py::none();
            if (!rec.ok())
                error = utf8_to_str(std::string(pith::warc::to_string(rec.code)) + ": " + rec.message);
            else if (cleaned && r.ok())
                result = result_to_dict(r);
            else if (cleaned)
                error = utf8_to_str(std::string(pith::to_string(r.code)) + ": " + r.message);
            else if (!include_all_)
                continue;  // a request, metadata, an image, ...
            py::object status =
                rec.http_status ? py::object(py::int_(rec.http_status)) : py::object(py::none());
            return py::make_tuple(str_or_none(rec.record_id), str_or_none(rec.target_uri),
                                  str_or_none(rec.date), status, str_or_none(rec.type),
                                  str_or_none(rec.media_type), str_or_none(rec.truncated), rec.offset, result,
                                  error);
        }
    }

    py::dict seen() const {
        const pith::warc::counts& c = reader_.seen();
        py::dict d;
        d["records"] = c.records;
        d["html"] = c.html;
        d["errors"] = c.errors;
        return d;
    }

  private:
    static pith::warc::reader open(const py::object& source) {
        if (PyUnicode_Check(source.ptr()) || PyBytes_Check(source.ptr())) {
            std::string path = py::str(py::module_::import("os").attr("fsdecode")(source));
            return pith::warc::reader::open(path);
        }
        if (!py::hasattr(source, "read"))
            raise_error("iter_warc needs a path or a binary file object", "invalid_argument");
        return pith::warc::reader(python_reader(source));
    }

    pith::warc::reader reader_;
    bool include_all_;
    pith::options opts_;
};

}  // namespace

void def_warc(py::module_& m) {
    py::class_<warc_iterator>(m, "WarcReader")
        .def(py::init([](py::object source, bool include_all, std::optional<std::string> mode,
                         std::optional<std::size_t> max_input_bytes, std::optional<std::size_t> max_blocks,
                         std::optional<std::size_t> max_depth, std::optional<std::size_t> max_nodes) {
                 pith::options o = make_options(mode, std::nullopt, false, max_input_bytes, max_blocks,
                                                max_depth, max_nodes);
                 return new warc_iterator(std::move(source), include_all, o);
             }),
             py::arg("source"), py::kw_only(), py::arg("include_all") = false, py::arg("mode") = py::none(),
             py::arg("max_input_bytes") = py::none(), py::arg("max_blocks") = py::none(),
             py::arg("max_depth") = py::none(), py::arg("max_nodes") = py::none())
        .def("__iter__", [](py::object self) { return self; })
        .def("__next__", &warc_iterator::next)
        .def_property_readonly("seen", &warc_iterator::seen);
}

}  // namespace pith_py
