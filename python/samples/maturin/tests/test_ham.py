import pytest

import ham


def test_calls():
    assert ham.slices(10) == 4
    assert ham.slices(10, per_slice=5) == 2
    assert ham.label("x") == "ham: x"
    assert ham.label("x", upper=True) == "ham: X"


def test_argument_errors_are_cpythons():
    with pytest.raises(TypeError, match=r"slices\(\) takes at least 1 positional argument \(0 given\)"):
        ham.slices()
    with pytest.raises(TypeError, match=r"label\(\) argument 'name' must be str, not bytes"):
        ham.label(b"x")
    with pytest.raises(ValueError, match="per_slice must be positive"):
        ham.slices(1, 0)
