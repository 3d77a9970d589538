"""Calls the built module the way Python code would; the glue must make it look native."""
import inspect
import unittest

import spam


class AddTest(unittest.TestCase):
    def test_adds(self):
        self.assertEqual(spam.add(2, 3), 5)
        self.assertEqual(spam.add(-7, 7), 0)

    def test_is_positional_only(self):
        with self.assertRaises(TypeError):
            spam.add(a=1, b=2)

    def test_wants_exactly_two_arguments(self):
        with self.assertRaises(TypeError):
            spam.add(1)
        with self.assertRaises(TypeError):
            spam.add(1, 2, 3)

    def test_rejects_a_float(self):
        with self.assertRaises(TypeError):
            spam.add(1.5, 2)

    def test_overflow_is_an_error(self):
        with self.assertRaises(OverflowError):
            spam.add(2**40, 1)

    def test_signature_and_doc(self):
        self.assertEqual(str(inspect.signature(spam.add)), "(a, b, /)")
        self.assertIn("Return the sum of two integers.", spam.add.__doc__)


class GreetTest(unittest.TestCase):
    def test_default(self):
        self.assertEqual(spam.greet("Ada"), "Hello, Ada.")

    def test_keyword(self):
        self.assertEqual(spam.greet("Ada", excited=True), "Hello, Ada!")
        self.assertEqual(spam.greet(name="Ada"), "Hello, Ada.")

    def test_excited_is_keyword_only(self):
        with self.assertRaises(TypeError):
            spam.greet("Ada", True)

    def test_name_must_be_str(self):
        with self.assertRaises(TypeError):
            spam.greet(b"Ada")

    def test_signature(self):
        self.assertEqual(str(inspect.signature(spam.greet)), "(name, *, excited=False)")


class ScaleTest(unittest.TestCase):
    def test_default_factor(self):
        self.assertEqual(spam.scale(3.0), 6.0)

    def test_factor(self):
        self.assertEqual(spam.scale(3.0, 0.5), 1.5)

    def test_accepts_int(self):
        self.assertEqual(spam.scale(2), 4.0)

    def test_signature(self):
        self.assertEqual(str(inspect.signature(spam.scale)), "(x, factor=2.0, /)")


if __name__ == "__main__":
    unittest.main()
