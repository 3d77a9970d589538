import pytest

import eggs


def test_calls():
    assert eggs.clamp(150) == 100
    assert eggs.clamp(-5, low=-3) == -3
    assert eggs.repeat("ab") == "abab"
    assert eggs.repeat(times=3, text="x") == "xxx"


def test_argument_errors_are_cpythons():
    with pytest.raises(TypeError, match=r"clamp\(\) takes at most 3 arguments \(4 given\)"):
        eggs.clamp(1, 2, 3, 4)
    with pytest.raises(TypeError, match=r"repeat\(\) argument 'text' must be str, not int"):
        eggs.repeat(1)
    with pytest.raises(OverflowError):
        eggs.clamp(2**100)


def test_built_for_the_limited_api():
    assert eggs.__file__.endswith(".abi3.so")
