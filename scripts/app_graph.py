"""The import graph between kumppani's apps: every import counted, the lazy ones inside functions too.

    .venv/bin/python scripts/app_graph.py [--dot] [--root kumppani]

Prints each app's imports of other apps (with how many import statements make each edge) and the strongly
connected components (apps that import each other in a circle; an empty list means the graph has no cycle).
With --dot it prints the graph in Graphviz's DOT instead (`... --dot | dot -Tsvg > apps.svg`). Tests, migrations
and the project's own modules (settings, urls, api) are left out: only what one app's code needs from another.
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

LEFT_OUT = {"tests", "migrations", "browser_tests"}


def apps(root: Path) -> list[str]:
    return sorted(path.name for path in root.iterdir()
                  if (path / "__init__.py").exists() and path.name not in LEFT_OUT)


def modules(app_dir: Path) -> Iterator[Path]:
    for path in sorted(app_dir.rglob("*.py")):
        parts = path.relative_to(app_dir).parts
        if LEFT_OUT.intersection(parts) or path.name == "conftest.py" or path.name.startswith("test_"):
            continue
        yield path


def module_name(path: Path, root: Path) -> list[str]:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return parts[:-1] if parts[-1] == "__init__" else parts


def imported(path: Path, root: Path) -> Iterator[list[str]]:
    """Per import statement, wherever in the module it is: the absolute names it imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path, root)
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[:len(package) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield [f"{base}.{alias.name}" for alias in node.names]


def app_of(name: str, root_name: str, known: set[str]) -> str | None:
    parts = name.split(".")
    if len(parts) >= 2 and parts[0] == root_name and parts[1] in known:
        return parts[1]
    return None


def edges(root: Path) -> dict[tuple[str, str], int]:
    known = set(apps(root))
    counted: Counter[tuple[str, str]] = Counter()
    for app in sorted(known):
        for path in modules(root / app):
            for statement in imported(path, root):
                targets = {app_of(name, root.name, known) for name in statement} - {None, app}
                counted.update((app, target) for target in targets if target)
    return dict(counted)


def strongly_connected(nodes: list[str], graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm; only the components of more than one app (the cycles)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10 * len(nodes) + 100))
    for node in nodes:
        if node not in index:
            visit(node)
    return sorted(found, key=lambda component: (-len(component), component))


def as_text(nodes: list[str], counted: dict[tuple[str, str], int], components: list[list[str]]) -> str:
    lines = [f"{len(nodes)} apps, {len(counted)} edges, {sum(counted.values())} imports between apps"]
    for app in nodes:
        targets = sorted((target, count) for (source, target), count in counted.items() if source == app)
        described = ", ".join(f"{target} ({count})" for target, count in targets) or "-"
        lines.append(f"  {app} -> {described}")
    lines.append(f"strongly connected components (cycles): {len(components)}")
    lines += [f"  {{{', '.join(component)}}}" for component in components]
    return "\n".join(lines)


def as_dot(nodes: list[str], counted: dict[tuple[str, str], int], components: list[list[str]]) -> str:
    in_cycle = {app for component in components for app in component}
    lines = ["digraph apps {", "  rankdir=BT;", '  node [shape=box, fontname="sans-serif"];']
    for app in nodes:
        style = ', color=red, fontcolor=red' if app in in_cycle else ""
        lines.append(f'  "{app}" [label="{app}"{style}];')
    for (source, target), count in sorted(counted.items()):
        cyclic = any(source in component and target in component for component in components)
        style = ", color=red" if cyclic else ""
        lines.append(f'  "{source}" -> "{target}" [label="{count}"{style}];')
    lines.append("}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", default=str(Path(__file__).resolve().parent.parent / "kumppani"))
    parser.add_argument("--dot", action="store_true", help="print Graphviz DOT instead of text")
    args = parser.parse_args()
    root = Path(args.root).resolve()
    nodes = apps(root)
    counted = edges(root)
    graph: dict[str, set[str]] = {}
    for source, target in counted:
        graph.setdefault(source, set()).add(target)
    components = strongly_connected(nodes, graph)
    print(as_dot(nodes, counted, components) if args.dot else as_text(nodes, counted, components))


if __name__ == "__main__":
    main()
