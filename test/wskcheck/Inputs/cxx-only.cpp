// Valid C++ only: wskcheck must compile a .cpp file as C++.
namespace driver {
template <typename T> constexpr T twice(T V) { return V + V; }
} // namespace driver
extern "C" int Quadruple(int V) { return driver::twice(driver::twice(V)); }
