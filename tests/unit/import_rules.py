"""The plugin's import rules, read from the source with ast (nothing is imported): every import
statement of a module counts, at the top or inside a function (a function-level import runs when
the function does).

- core/ imports no qgis and no Qt (and nothing of the plugin outside core/, which would bring them
  in); the package's __init__.py, run by every `import zoning_plugin.core`, imports none of them at
  its top level either.
- algorithms/ and printing/ import no widgets: neither qgis.PyQt.QtWidgets nor a widget module
  (a gui/ module that defines a QWidget, QDialog or QDockWidget subclass), directly or through
  other modules of the plugin. Processing runs algorithms without a window (qgis_process) and
  print layouts need QtGui and QtCore only; gui/'s plain modules (labels, layers …) are allowed.
  The one exception is named in WIDGET_EXCEPTIONS with its reason.
- toolbelt/ imports nothing of gui/.

violations(root) gives one line per offence: the module, the line and the import (with the chain
of modules for an indirect one)."""
import ast
import os
import re

QT_MODULES = ("qgis", "PyQt4", "PyQt5", "PyQt6", "PySide2", "PySide6", "sip")
WIDGETS = "qgis.PyQt.QtWidgets"
# Qt's and QGIS's widget base classes: what makes a gui/ module a widget module
WIDGET_BASE = re.compile(r"^Q(gs)?\w*(Widget|Dialog|DockWidget|MainWindow)(Base)?$")
# algorithms/ or printing/ modules allowed to import widgets, with the reason
WIDGET_EXCEPTIONS = {
    "zoning_plugin.printing.from_panel":
        "the panel's report button: asks where to save the PDF (QFileDialog); the panel calls it, "
        "Processing never does",
}


def package_modules(root, package="zoning_plugin"):
    """{dotted name: path} of every .py file of the package under `root`."""
    modules = {}
    top = os.path.join(root, package)
    for folder, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__pycache__")))
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            parts = os.path.relpath(os.path.join(folder, name), root)[:-3].split(os.sep)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = os.path.join(folder, name)
    return modules


def imports_of(path, name, top_level_only=False):
    """[(line, imported module)] of a module: `from a.b import c` gives a.b and a.b.c (c may be a
    module); relative imports are resolved against the module's package."""
    with open(path, encoding="utf-8") as stream:
        tree = ast.parse(stream.read(), path)
    package = name if path.endswith("__init__.py") else name.rpartition(".")[0]
    nodes = tree.body if top_level_only else ast.walk(tree)
    found = []
    for node in nodes:
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module
            found.append((node.lineno, module))
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names if alias.name != "*"]
    return found


def is_under(module, prefix):
    return module == prefix or module.startswith(prefix + ".")


def widget_modules(modules, package="zoning_plugin"):
    """The gui/ modules that define a widget class (a base class named like QWidget, QDialog,
    QgsDockWidget … or one defined in another widget module of the same pass)."""
    found = set()
    for name, path in modules.items():
        if not is_under(name, f"{package}.gui"):
            continue
        with open(path, encoding="utf-8") as stream:
            tree = ast.parse(stream.read(), path)
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases = [ast.unparse(b).rpartition(".")[2] for b in node.bases]
                if any(WIDGET_BASE.match(b) for b in bases):
                    found.add(name)
    return found


def plugin_module(module, modules):
    """The plugin module an import names (`a.b.c` where c is a name in module a.b gives a.b)."""
    while module and module not in modules:
        module = module.rpartition(".")[0]
    return module or None


def violations(root, package="zoning_plugin"):
    modules = package_modules(root, package)
    widgets = widget_modules(modules, package)
    relative = {name: os.path.relpath(path, root) for name, path in modules.items()}
    found = []

    def where(name, line):
        return f"{relative[name]}:{line}"

    # core/: no qgis, no Qt, nothing of the plugin outside core/
    core = f"{package}.core"
    for name, path in modules.items():
        top_only = name == package        # its functions run on QGIS's side only
        if not (is_under(name, core) or top_only):
            continue
        told = set()         # one line per import statement (`from a import b` gives a and a.b)
        for line, module in imports_of(path, name, top_level_only=top_only):
            if line in told:
                continue
            told.add(line)
            if any(is_under(module, qt) for qt in QT_MODULES):
                found.append(f"{where(name, line)}: imports {module} (core/ imports no qgis and no Qt)")
            elif is_under(module, package) and not is_under(module, core) and module != package:
                target = plugin_module(module, modules)
                if target and not is_under(target, core):
                    found.append(f"{where(name, line)}: imports {target} (core/ imports nothing outside core/)")
                else:
                    told.discard(line)     # `from zoning_plugin import core`: look at the next name
            else:
                told.discard(line)

    # algorithms/ and printing/: no widgets, directly or through the plugin's other modules
    def widget_chain(start):
        """The chain of imports from `start` to a widget import, or None."""
        seen, queue = {start}, [(start, [])]
        while queue:
            name, chain = queue.pop(0)
            for line, module in imports_of(modules[name], name):
                step = chain + [f"{where(name, line)} {module}"]
                if is_under(module, WIDGETS):
                    return step
                target = plugin_module(module, modules) if is_under(module, package) else None
                if target in widgets:
                    return step
                if target and target not in seen and not is_under(target, core):
                    seen.add(target)
                    queue.append((target, step))
        return None

    for name in modules:
        if not (is_under(name, f"{package}.algorithms") or is_under(name, f"{package}.printing")):
            continue
        if name in WIDGET_EXCEPTIONS:
            continue
        chain = widget_chain(name)
        if chain:
            found.append(f"{chain[0].split(' ')[0]}: imports widgets ({' → '.join(chain)}); algorithms/ and "
                         "printing/ import no QtWidgets and no gui/ module that defines a widget")

    # toolbelt/: nothing of gui/
    for name, path in modules.items():
        if not is_under(name, f"{package}.toolbelt"):
            continue
        told = set()
        for line, module in imports_of(path, name):
            if is_under(module, f"{package}.gui") and line not in told:
                told.add(line)
                found.append(f"{where(name, line)}: imports {module} (toolbelt/ imports nothing of gui/)")
    return sorted(set(found))
