import pytest

import spam


def test_calls():
    assert spam.scale(1.5) == 3.0
    assert spam.scale(2, factor=0.5) == 1.0
    assert spam.greet("world") == "Hello, world!"
    assert spam.greet("you", punctuation="?") == "Hello, you?"


def test_argument_errors_are_cpythons():
    with pytest.raises(TypeError, match=r"scale\(\) takes at least 1 positional argument \(0 given\)"):
        spam.scale(value=1.0)
    with pytest.raises(TypeError, match=r"greet\(\) takes exactly 1 positional argument \(2 given\)"):
        spam.greet("a", "b")
    with pytest.raises(TypeError, match=r"greet\(\) argument 'name' must be str, not int"):
        spam.greet(name=1)


def test_signature():
    assert spam.scale.__text_signature__ == "($module, value, /, factor=2.0)"
    assert spam.greet.__text_signature__ == "($module, /, name, *, punctuation='!')"
