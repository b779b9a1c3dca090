"""Sphinx extension: an API reference people can read, from the objects and the schema.

autodoc alone shows attrs classes badly: their generated ``__init__`` gives defaults as
``attr_dict['date'].default``, record fields are not listed, every class says "Bases:
object" and private bases such as ``_Span`` show. This extension

- writes each signature from `inspect.signature`, with the annotations qualified so that
  they link (``~decimal.Decimal``, ``~eucentralasia.DateValue``), defaults as people
  would type them (``None``, ``()``, ``COLLECTIONS``, ``OrganizationStatus.EXISTING``)
  and private parameters left out; an enumeration has no signature;
- lists the fields of an attrs class as typed attributes, described by the schema
  (`eucentralasia._schema.FieldInfo`) for record classes and by the field's own
  docstring otherwise, and the members of an enumeration on one line;
- leaves out ``object``, ``Generic`` and private classes from the bases shown.
"""

from __future__ import annotations

import builtins
import enum
import inspect
import re
import sys
import types
import typing
from typing import TYPE_CHECKING, Any

import attrs

import eucentralasia as eca
import eucentralasia.export
import eucentralasia.testing
from eucentralasia import _schema as schema

if TYPE_CHECKING:
    from sphinx.application import Sphinx

_NAME = re.compile(r"[A-Za-z_][\w.]*")
_TYPING = {"Any", "Literal", "Callable", "Iterable", "Iterator", "Sequence", "Mapping", "TypeAlias"}


def _namespace(obj: Any) -> dict[str, Any]:
    module = sys.modules.get(getattr(obj, "__module__", "") or "")
    return dict(vars(module)) if module is not None else {}


def _public_name(value: Any) -> str | None:
    """``eucentralasia.X`` (or ``eucentralasia.export.X`` ...) if `value` is public there."""
    for module in (eca, eca.export, eca.testing):
        for name in getattr(module, "__all__", ()):
            if name not in ("converter", "__version__") and getattr(module, name, None) is value:
                return f"{module.__name__}.{name}"
    return None


def qualify(annotation: str, namespace: dict[str, Any]) -> str:
    """`annotation` with each name written so that Sphinx can link it.

    Public names of the package become ``~eucentralasia.Name``, other classes
    ``~module.Name``; builtins and names that cannot be resolved stay as they are.
    """

    def replace(match: re.Match[str]) -> str:
        text = match.group()
        head, _, rest = text.partition(".")
        if text in dir(builtins) or text == "None":
            return text
        value = namespace.get(head)
        for part in rest.split(".") if rest else ():
            value = getattr(value, part, None)
        if value is None:
            return text
        public = _public_name(value)
        if public:
            return f"~{public}"
        if isinstance(value, type) and not value.__module__.startswith("eucentralasia"):
            module = value.__module__
            if module.startswith("_collections_abc"):
                module = "collections.abc"
            if module == "typing" or text in _TYPING:
                return text
            return f"~{module}.{value.__qualname__}"
        return text

    return _NAME.sub(replace, annotation)


def _annotation_text(annotation: Any, namespace: dict[str, Any]) -> str | None:
    if annotation is inspect.Parameter.empty:
        return None
    if annotation is None or annotation is type(None):
        return "None"
    if isinstance(annotation, str):
        return qualify(annotation, namespace)
    if isinstance(annotation, type) and not typing.get_args(annotation):
        public = _public_name(annotation)
        if public:
            return f"~{public}"
        if annotation.__module__ == "builtins":
            return annotation.__name__
        return f"~{annotation.__module__}.{annotation.__qualname__}"
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if isinstance(annotation, typing.ForwardRef):
        return qualify(annotation.__forward_arg__, namespace)
    if origin is not None and args:
        head = _annotation_text(origin, namespace) or repr(origin)
        inner = ", ".join(_annotation_text(arg, namespace) or repr(arg) for arg in args)
        return f"{head}[{inner}]"
    return qualify(repr(annotation).replace("typing.", ""), namespace)


def default_text(value: Any, namespace: dict[str, Any]) -> str:
    """A default value as people would write it."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    public = _public_name(value)
    if public:
        return public.rsplit(".", 1)[1]
    for name, candidate in namespace.items():
        if name.isupper() and candidate is value and not isinstance(value, str | tuple):
            return name
    if isinstance(value, attrs.Factory):  # type: ignore[arg-type]
        return f"{getattr(value.factory, '__name__', 'factory')}()"
    text = repr(value)
    return text if len(text) <= 40 else "..."


def _parameters(obj: Any) -> list[tuple[inspect.Parameter, str | None, str | None]]:
    signature = inspect.signature(obj)
    namespace = _namespace(obj)
    out = []
    for parameter in signature.parameters.values():
        if parameter.name.startswith("_"):
            continue
        annotation = _annotation_text(parameter.annotation, namespace)
        default = (
            None
            if parameter.default is inspect.Parameter.empty
            else default_text(parameter.default, namespace)
        )
        out.append((parameter, annotation, default))
    return out


def signature_text(obj: Any, *, bound: bool = False) -> tuple[str, str | None]:
    """``(parameters, return annotation)`` of `obj` as Sphinx shows them."""
    try:
        parameters = _parameters(obj)
    except (TypeError, ValueError):
        return "()", None
    if bound and parameters and parameters[0][0].name in ("self", "cls"):
        parameters = parameters[1:]
    parts: list[str] = []
    star = False
    for parameter, annotation, default in parameters:
        kind = parameter.kind
        if kind is inspect.Parameter.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        name = parameter.name
        if kind is inspect.Parameter.VAR_POSITIONAL:
            name, star = f"*{name}", True
        elif kind is inspect.Parameter.VAR_KEYWORD:
            name = f"**{name}"
        if annotation:
            name += f": {annotation}"
        if default is not None:
            name += f" = {default}" if annotation else f"={default}"
        parts.append(name)
    returned = None
    if not isinstance(obj, type):
        annotation = inspect.signature(obj).return_annotation
        returned = _annotation_text(annotation, _namespace(obj))
    return f"({', '.join(parts)})", returned


def process_signature(
    app: Sphinx, what: str, name: str, obj: Any, options: Any, signature: str | None, returned: str | None
) -> tuple[str, str | None] | None:
    if what == "class" and isinstance(obj, type):
        if issubclass(obj, enum.Enum):
            return "", None
        if attrs.has(obj):
            params, _ = signature_text(obj)
            return params, None
        if issubclass(obj, BaseException):
            return signature_text(obj.__init__, bound=True)[0], None
        return signature_text(obj)[0], None
    if what in ("function", "method", "exception") and callable(obj):
        bound = what == "method" and not isinstance(inspect.getattr_static(obj, "__self__", None), type)
        params, ret = signature_text(obj, bound=what == "method" and bound)
        return params, ret
    return None


def _what(cls: type) -> str:
    """What one value of `cls` is called in the schema's descriptions (``event``, ``role``)."""
    registry = eca.COLLECTIONS
    if registry.holds(cls):
        return registry.of(cls).singular
    return re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()


def _field_docs(cls: type) -> dict[str, list[str]]:
    """The docstrings written under the fields of `cls` (``x: int`` then ``\"\"\"...\"\"\"``)."""
    from sphinx.pycode import ModuleAnalyzer

    found: dict[str, list[str]] = {}
    for klass in reversed(cls.__mro__):
        try:
            analyzer = ModuleAnalyzer.for_module(klass.__module__)
            docs = analyzer.find_attr_docs()
        except Exception:  # a module or class without source has no attribute docs
            continue
        for (scope, name), lines in docs.items():
            if scope == klass.__qualname__:
                found[name] = [line for line in lines if line.strip()]
    return found


def field_lines(cls: type) -> list[str]:
    """``.. attribute::`` entries for the init fields of the attrs class `cls`."""
    namespace = _namespace(cls)
    own_docs = _field_docs(cls)
    annotations = {k: v for klass in reversed(cls.__mro__) for k, v in inspect.get_annotations(klass).items()}
    lines: list[str] = ["", ".. rubric:: Fields", ""]
    is_record = _declared_with_helpers(cls)
    for field in attrs.fields(cls):
        if field.name.startswith("_") or not field.init:
            continue
        # The annotation as written: attrs.resolve_types (cattrs calls it) replaces
        # field.type by the evaluated type, which spells out aliases such as DateValue.
        written = annotations.get(field.name, field.type)
        annotation = _annotation_text(written, namespace) if written is not None else None
        lines.append(f".. attribute:: {field.name}")
        if annotation:
            lines.append(f"   :type: {annotation}")
        if field.default is not attrs.NOTHING:
            lines.append(f"   :value: {default_text(field.default, namespace)}")
        lines.append("")
        description: list[str] = []
        if is_record:
            meta = schema.info(field)
            description.append(meta.description.format(what=_what(cls)) + ".")
            if meta.nonempty:
                description.append("At least one.")
            if meta.kind == "reference":
                description.append(
                    "Refers to: " + ", ".join(f":doc:`/catalogue/{c}`" for c in meta.collections) + "."
                )
        if field.name in own_docs and not description:
            description += own_docs[field.name]
        lines += [f"   {line}" for line in description] + [""]
    return lines


def _declared_with_helpers(cls: type) -> bool:
    try:
        return all(schema.info(field) is not None for field in attrs.fields(cls))
    except TypeError:
        return False


def enum_lines(cls: type[enum.Enum]) -> list[str]:
    """The members of `cls` on one line: ``MEETING = "meeting"``, ..."""
    members = ", ".join(f"``{member.name} = {member.value!r}``" for member in cls)
    return ["", ".. container:: enum-members", "", f"   Members: {members}.", ""]


def _module_attr_doc(short: str) -> list[str]:
    """The docstring under the module-level assignment of `short` in the package's modules."""
    from sphinx.pycode import ModuleAnalyzer

    for modname in sorted(m for m in sys.modules if m.startswith("eucentralasia")):
        try:
            docs = ModuleAnalyzer.for_module(modname).find_attr_docs()
        except Exception:  # a module or class without source has no attribute docs
            continue
        if ("", short) in docs:
            return list(docs[("", short)])
    return []


def alias_lines(name: str, alias: Any) -> list[str]:
    """A type alias (``Record``, ``DateValue``): its docstring and the types it stands for."""
    namespace = vars(eca)
    members = [_annotation_text(arg, namespace) or repr(arg) for arg in typing.get_args(alias)]
    shown = " | ".join(f"`{m}`" if m != "None" else "None" for m in members)
    return [*_module_attr_doc(name.rsplit(".", 1)[-1]), "", f"A type alias: {shown}.", ""]


def process_docstring(app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    if what == "data" and isinstance(obj, types.UnionType):
        lines[:] = alias_lines(name, obj)
        return
    if what not in ("class", "exception") or not isinstance(obj, type):
        return
    if issubclass(obj, enum.Enum):
        lines += enum_lines(obj)
    elif attrs.has(obj):
        lines += field_lines(obj)


def _attrs_field_names() -> frozenset[str]:
    """The field names of every public attrs class: autodoc lists them, the fields list does."""
    names: set[str] = set()
    for module in (eca, eca.export, eca.testing):
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name, None) if name != "converter" else None
            if isinstance(value, type) and attrs.has(value):
                names.update(field.name for field in attrs.fields(value))
    return frozenset(names)


FIELD_NAMES = _attrs_field_names()


def skip_member(app: Sphinx, what: str, name: str, obj: Any, skip: bool, options: Any) -> bool | None:
    if isinstance(obj, enum.Enum):
        return True  # listed in the enumeration's table
    # autodoc passes a slot or instance attribute as a sentinel, not a value.
    attribute = not (callable(obj) or isinstance(obj, property | classmethod | staticmethod))
    if what == "class" and attribute and name in FIELD_NAMES:
        return True  # listed under the class's fields
    if name.startswith("_"):
        return True
    return None


def process_bases(app: Sphinx, name: str, obj: Any, options: Any, bases: list[Any]) -> None:
    kept = [
        base
        for base in bases
        if base is not object
        and base is not typing.Generic
        and getattr(base, "__origin__", None) is not typing.Generic
        and not getattr(base, "__name__", "").startswith("_")
    ]
    bases[:] = kept


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("autodoc-process-signature", process_signature)
    app.connect("autodoc-process-docstring", process_docstring)
    app.connect("autodoc-skip-member", skip_member)
    app.connect("autodoc-process-bases", process_bases)
    return {"version": "1", "parallel_read_safe": True}
