/* An IPv4 header as drivers spell it: Microsoft C++ takes a member of an
   anonymous struct that repeats a name of the union around it. */
typedef struct _V4_HEADER {
  union {
    UINT8 tos;
    struct {
      UINT8 ecn : 2;
      UINT8 tos : 6;
    };
  };
  UINT8 ttl;
} V4_HEADER;
