# Type hints for pith (the docstrings are in __init__.py).
import os
from typing import Any, BinaryIO, Dict, Iterator, List, Optional, Union

from ._error import Error as Error
from ._result import Block as Block, Metadata as Metadata, Result as Result, WarcRecord as WarcRecord

__version__: str
DEFAULT_MAX_INPUT_BYTES: int
DEFAULT_MAX_BLOCKS: int
DEFAULT_MAX_DEPTH: int
DEFAULT_MAX_NODES: int

Input = Union[str, bytes, bytearray, memoryview]

def extract(html: Input, *, mode: Optional[str] = ..., encoding: Optional[str] = ..., url: Optional[str] = ...,
            max_input_bytes: Optional[int] = ..., max_blocks: Optional[int] = ...,
            max_depth: Optional[int] = ..., max_nodes: Optional[int] = ..., comments: Optional[str] = ...,
            favour: Optional[str] = ...) -> str: ...
def extract_paragraphs(html: Input, *, mode: Optional[str] = ..., encoding: Optional[str] = ...,
                       url: Optional[str] = ..., max_input_bytes: Optional[int] = ...,
                       max_blocks: Optional[int] = ..., max_depth: Optional[int] = ...,
                       max_nodes: Optional[int] = ..., comments: Optional[str] = ...,
                       favour: Optional[str] = ...) -> List[str]: ...
def clean(html: Input, *, mode: Optional[str] = ..., encoding: Optional[str] = ..., url: Optional[str] = ...,
          max_input_bytes: Optional[int] = ..., max_blocks: Optional[int] = ...,
          max_depth: Optional[int] = ..., max_nodes: Optional[int] = ..., comments: Optional[str] = ...,
          favour: Optional[str] = ...) -> Result: ...
def iter_warc(source: Union[str, os.PathLike[str], BinaryIO], *, include_all: bool = ...,
              mode: Optional[str] = ..., max_input_bytes: Optional[int] = ..., max_blocks: Optional[int] = ...,
              max_depth: Optional[int] = ..., max_nodes: Optional[int] = ...) -> Iterator[WarcRecord]: ...

class Extractor:
    def __init__(self, *, mode: Optional[str] = ..., encoding: Optional[str] = ..., url: Optional[str] = ...,
                 max_input_bytes: Optional[int] = ..., max_blocks: Optional[int] = ...,
                 max_depth: Optional[int] = ..., max_nodes: Optional[int] = ...) -> None: ...
    @property
    def options(self) -> Dict[str, Any]: ...
    def __call__(self, html: Input) -> str: ...
    def clean(self, html: Input) -> Result: ...
    def paragraphs(self, html: Input) -> List[str]: ...
