//===- WskState.h - Program state of the WSK lifecycle model ----*- C++ -*-===//
//
// What the model remembers along one analysed path: the registration state of
// each WSK_REGISTRATION object and the captures taken on it.
//
// A registration or capture whose NTSTATUS has not been tested yet is
// "pending": it is tied to its status symbol and resolved when the path
// constrains that symbol (NT_SUCCESS tests status >= 0), the way the driver
// itself learns the outcome. A status the driver drops untested is taken as
// the driver takes it: as success.
//
//===----------------------------------------------------------------------===//

#ifndef WSKCHECK_CORE_WSKSTATE_H
#define WSKCHECK_CORE_WSKSTATE_H

#include "clang/AST/Expr.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramState.h"
#include "clang/StaticAnalyzer/Core/PathSensitive/ProgramStateTrait.h"

namespace wsk {

using clang::ento::MemRegion;
using clang::ento::SymbolRef;

/// The registration state of one WSK_REGISTRATION object.
class RegState {
public:
  enum Kind : unsigned char {
    /// Seen first in this path without a WskRegister: its registration state
    /// and any captures taken before are unknown.
    Unknown,
    /// WskRegister called; its status is not tested yet.
    Pending,
    Registered,
    /// WskRegister failed: nothing is registered.
    Failed,
    Deregistered,
    /// Known never to have been registered: a local or a fresh pool
    /// allocation that nothing registered.
    Never,
  };

  RegState(Kind K, SymbolRef Status, unsigned Held, unsigned Generation,
           const clang::Expr *Origin = nullptr)
      : K(K), Held(Held), Generation(Generation), Status(Status),
        Origin(Origin) {}

  Kind getKind() const { return K; }
  /// Captures this path knows to be held (resolved successes not released).
  unsigned getHeld() const { return Held; }
  /// Counts WskRegister calls on the object, so that dispatch tables captured
  /// under an earlier registration are recognised.
  unsigned getGeneration() const { return Generation; }
  /// The WskRegister status symbol while Pending.
  SymbolRef getStatus() const { return Status; }
  /// The argument expression of the WskRegister call, to name the object in
  /// reports when its memory has no name of its own.
  const clang::Expr *getOrigin() const { return Origin; }

  /// Whether the object is known to be registered (or taken as registered
  /// because the driver ignored the status).
  bool isLive() const { return K == Registered; }
  /// Whether the object is known not to be registered.
  bool isDead() const { return K == Failed || K == Deregistered || K == Never; }
  /// Whether this path knows every capture on the object.
  bool capturesKnown() const { return K != Unknown; }

  RegState with(Kind NewK) const {
    return {NewK, nullptr, Held, Generation, Origin};
  }
  RegState withHeld(unsigned N) const {
    return {K, Status, N, Generation, Origin};
  }

  bool operator==(const RegState &O) const {
    return K == O.K && Held == O.Held && Generation == O.Generation &&
           Status == O.Status && Origin == O.Origin;
  }
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddInteger(K);
    ID.AddInteger(Held);
    ID.AddInteger(Generation);
    ID.AddPointer(Status);
    ID.AddPointer(Origin);
  }

private:
  Kind K;
  unsigned Held;
  unsigned Generation;
  SymbolRef Status;
  const clang::Expr *Origin;
};

/// One WskCaptureProviderNPI call, keyed by its status symbol.
class CaptureState {
public:
  enum Kind : unsigned char { Pending, Succeeded, Failed };

  CaptureState(Kind K, const MemRegion *Reg, SymbolRef Dispatch,
               unsigned Generation)
      : K(K), Generation(Generation), Reg(Reg), Dispatch(Dispatch) {}

  Kind getKind() const { return K; }
  /// The WSK_REGISTRATION the capture was taken on.
  const MemRegion *getRegistration() const { return Reg; }
  /// The value written to the NPI's Dispatch member (may be null).
  SymbolRef getDispatch() const { return Dispatch; }
  unsigned getGeneration() const { return Generation; }

  CaptureState with(Kind NewK) const {
    return {NewK, Reg, Dispatch, Generation};
  }

  bool operator==(const CaptureState &O) const {
    return K == O.K && Generation == O.Generation && Reg == O.Reg &&
           Dispatch == O.Dispatch;
  }
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddInteger(K);
    ID.AddInteger(Generation);
    ID.AddPointer(Reg);
    ID.AddPointer(Dispatch);
  }

private:
  Kind K;
  unsigned Generation;
  const MemRegion *Reg;
  SymbolRef Dispatch;
};

/// One socket created through a provider dispatch table (WskSocket,
/// WskSocketConnect) or accepted on a listening socket (WskAccept), keyed by
/// the symbol of its PWSK_SOCKET. The creating call completes its IRP with
/// the status (tied to the socket as a capture's is) and the socket.
class SocketState {
public:
  enum Kind : unsigned char {
    /// Created; the status in the IRP is not tested yet.
    Pending,
    Open,
    /// The creating call failed: there is no socket.
    Failed,
    /// WskCloseSocket was called on it.
    Closed,
  };

  SocketState(Kind K, const MemRegion *Reg, unsigned Generation,
              SymbolRef Status)
      : K(K), Generation(Generation), Reg(Reg), Status(Status) {}

  Kind getKind() const { return K; }
  /// The WSK_REGISTRATION the socket was created under.
  const MemRegion *getRegistration() const { return Reg; }
  unsigned getGeneration() const { return Generation; }
  /// The status of the creating call.
  SymbolRef getStatus() const { return Status; }

  SocketState with(Kind NewK) const { return {NewK, Reg, Generation, Status}; }

  bool operator==(const SocketState &O) const {
    return K == O.K && Generation == O.Generation && Reg == O.Reg &&
           Status == O.Status;
  }
  void Profile(llvm::FoldingSetNodeID &ID) const {
    ID.AddInteger(K);
    ID.AddInteger(Generation);
    ID.AddPointer(Reg);
    ID.AddPointer(Status);
  }

private:
  Kind K;
  unsigned Generation;
  const MemRegion *Reg;
  SymbolRef Status;
};

} // namespace wsk

#endif
