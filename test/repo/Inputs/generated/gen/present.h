/* A header the checkout has under a generated header's name: it wins. */
#define PRESENT_FROM_CHECKOUT 1
