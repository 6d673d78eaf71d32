"""The loader by which an audit's scripts (eval/precision-audit-*/draw.py, tally.py) reuse an earlier audit's.

Every audit folder has its own draw.py and tally.py, so a plain import would find the wrong one, and the folders'
names are no module names: ``audit_script`` imports one audit's script by its path, under a name of its own. An
audit script puts this folder on ``sys.path`` and imports ``audit_script`` from here, as the gold scripts import
``gold_authoring``.
"""
import importlib.util
import os

EVAL = os.path.dirname(os.path.abspath(__file__))


def audit_script(folder, script):
    """The script ``eval/<folder>/<script>.py`` as a module, named by the folder's session and the script
    (``audit_script("precision-audit-s25", "draw")`` is ``s25_draw``); it is not entered in ``sys.modules``, so
    each call runs the script's top level afresh and a caller may set its constants without touching another's."""
    session = folder.rsplit("-", 1)[-1]
    spec = importlib.util.spec_from_file_location(f"{session}_{script}", os.path.join(EVAL, folder, script + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
