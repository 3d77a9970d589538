/* No clinic block here: read once, then remembered as having none. */
int spam_util(int x) { return x + 1; }
