/* Nothing WSK-related: compiles everywhere, finds nothing. */
int Add(int A, int B) { return A + B; }
