"""Where a unit's name ends, settled by the names the same document prints elsewhere.

A heading's name is cut by rules ("Sở Y tế chủ trì ..." ends at the verb), and some verbs
are not in any list ("Phòng Kế hoạch - Tài vụ bảo đảm kinh phí ..."), while some verbs sit
inside names ("Trung tâm Trợ giúp pháp lý nhà nước"). A document usually names the same
unit again where its edges are sure: a task table's lead cell, a "X chủ trì" sentence, a
heading on its own line, a recipient line. This step takes those names as the document's
lexicon and, for a name that runs past one of them into lower-case words, or stops inside
one whose rest its task then begins with, puts the edge where the document does.
"""

from __future__ import annotations

import regex

from vnplan.extract.units import looks_like_unit, unit_key
from vnplan.models import Assignment, Task
from vnplan.vocab import NAME_LOWER_CONTINUATIONS, alternation

# Recipient lines carry a purpose in brackets ("Sở Y tế (để t/h)") and a closing ";".
_SURE = frozenset({"table", "field"})
_RECIPIENT_TAIL = regex.compile(r"\s*(?:\(.*)?[;,.]*\s*$")
# The words cut off start a task: lower case, and not words that go on naming a unit.
_TASK_START = regex.compile(rf"(?!(?:{alternation(NAME_LOWER_CONTINUATIONS)})(?!\p{{L}}))\p{{Ll}}")


def _lexicon(assignments: list[Assignment], recipients: list[str]) -> list[str]:
    # Sure edges only: a lead cell or a label field holds a name and nothing else, as a
    # recipient line does; a name cut from a sentence by rules is what is being checked.
    names = [a.unit.name for a in assignments if any(t.via in _SURE for t in a.tasks)]
    names += [_RECIPIENT_TAIL.sub("", r) for r in recipients]
    # A name a sentence gave before its verb ("X chủ trì ...") is next best, unless it
    # stops inside a sure one ("Trung tâm Trợ" of "Trung tâm Trợ giúp pháp lý").
    names += [
        a.unit.name
        for a in assignments
        if any(t.via == "sentence" for t in a.tasks)
        and not any(n.startswith(a.unit.name + " ") for n in names)
    ]
    # Longest first: the widest name the document prints is the one to keep.
    return sorted({n for n in names if len(n.split()) >= 2}, key=len, reverse=True)


def _past_a_known_name(name: str, known: list[str]) -> tuple[str, str] | None:
    """``name`` is a known name and then lower-case words: that name and those words."""
    for k in known:
        if len(k) < len(name) and name.startswith(k + " "):
            rest = name[len(k) + 1 :]
            if _TASK_START.match(rest) and not looks_like_unit(rest):  # "Chi ủy" + "chi bộ"
                return k, rest
    return None


def _inside_a_known_name(a: Assignment, known: list[str]) -> tuple[str, str] | None:
    """``a``'s name stops inside a known name whose rest its first task begins with."""
    first = a.tasks[0].text if a.tasks else ""
    for k in known:
        if len(k) > len(a.unit.name) and k.startswith(a.unit.name + " "):
            rest = k[len(a.unit.name) + 1 :]
            if first.startswith(rest + " "):
                return k, rest
    return None


def settle_names(assignments: list[Assignment], recipients: list[str]) -> list[Assignment]:
    """``assignments`` with each name cut or widened to the document's own, merged by key."""
    known = _lexicon(assignments, recipients)
    out: list[Assignment] = []
    by_key: dict[str, Assignment] = {}
    for a in assignments:
        past = _past_a_known_name(a.unit.name, known)
        inside = None if past else _inside_a_known_name(a, known)
        if past is not None:
            name, rest = past
            tasks = [_with_prefix(a.tasks[0], rest), *a.tasks[1:]] if a.tasks else []
            a = _renamed(a, name, tasks)
        elif inside is not None:
            name, rest = inside
            a = _renamed(a, name, [_without_prefix(a.tasks[0], rest), *a.tasks[1:]])
        key = unit_key(a.unit)
        same = by_key.get(key)
        if same is None:
            by_key[key] = a
            out.append(a)
        else:
            # One sentence read under both forms of the name counts once.
            # ("giao X là cơ quan thường trực ..." and "X là cơ quan ..." end together).
            ends = {_end(t) for t in same.tasks}
            same.tasks.extend(t for t in a.tasks if _end(t) not in ends)
    return out


def _end(t: Task) -> tuple[str, int | None]:
    return t.origin, t.span.end if t.span else None


def _renamed(a: Assignment, name: str, tasks: list[Task]) -> Assignment:
    unit = a.unit.model_copy(update={"name": name})
    return a.model_copy(update={"unit": unit, "tasks": tasks})


def _with_prefix(task: Task, words: str) -> Task:
    """The task with the words cut from the name put back before its text."""
    if task.origin != "section" or task.text.startswith(words):
        return task
    return task.model_copy(update={"text": f"{words} {task.text}".strip()})


def _without_prefix(task: Task, words: str) -> Task:
    return task.model_copy(update={"text": task.text[len(words) :].lstrip(" ,")})
