/* A syntax error: the compiler rejects this file. */
int Broken(int A { return A; }
