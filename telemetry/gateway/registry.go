package gateway

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// Device is a device as DeviceRegistry.deviceOf returns it (IDeviceRegistry.Device).
type Device struct {
	Registrar    common.Address
	Patient      common.Address // zero for a site's device
	RegisteredAt *big.Int       // zero: never registered
	Kind         uint8
	Active       bool
	Site         [8]byte // ODS code, ASCII, zero-padded
}

// Registered reports whether the device was ever registered.
func (d *Device) Registered() bool { return d.RegisteredAt != nil && d.RegisteredAt.Sign() > 0 }

// Registry looks devices up.
type Registry interface {
	Device(ctx context.Context, device common.Address) (Device, error)
}

// deviceOfABI is IDeviceRegistry.deviceOf (contracts/src/interfaces/IDeviceRegistry.sol), the one call the gateway
// reads.
const deviceOfABI = `[{"type":"function","name":"deviceOf","stateMutability":"view",
 "inputs":[{"name":"device","type":"address"}],
 "outputs":[{"name":"","type":"tuple","components":[{"name":"registrar","type":"address"},
  {"name":"patient","type":"address"},{"name":"registeredAt","type":"uint48"},{"name":"kind","type":"uint8"},
  {"name":"active","type":"bool"},{"name":"site","type":"bytes8"}]}]}]`

// chainRegistry reads DeviceRegistry over RPC.
type chainRegistry struct{ c *bind.BoundContract }

// NewChainRegistry reads the DeviceRegistry at addr through caller (an *ethclient.Client).
func NewChainRegistry(addr common.Address, caller bind.ContractCaller) (Registry, error) {
	a, err := abi.JSON(strings.NewReader(deviceOfABI))
	if err != nil {
		return nil, fmt.Errorf("DeviceRegistry ABI: %w", err)
	}
	return &chainRegistry{c: bind.NewBoundContract(addr, a, caller, nil, nil)}, nil
}

func (r *chainRegistry) Device(ctx context.Context, device common.Address) (Device, error) {
	var out []any
	if err := r.c.Call(&bind.CallOpts{Context: ctx}, &out, "deviceOf", device); err != nil {
		return Device{}, fmt.Errorf("deviceOf(%s): %w", device, err)
	}
	d := *abi.ConvertType(out[0], new(Device)).(*Device)
	return d, nil
}

// cachedRegistry keeps lookups for ttl (a deregistration takes effect within it), refusals for a shorter time.
type cachedRegistry struct {
	r        Registry
	ttl, neg time.Duration
	mu       sync.Mutex
	m        map[common.Address]cachedDevice
}

type cachedDevice struct {
	d     Device
	until time.Time
}

// Cached keeps r's answers for ttl (answers of unregistered or inactive devices for ttl/10).
func Cached(r Registry, ttl time.Duration) Registry {
	return &cachedRegistry{r: r, ttl: ttl, neg: ttl / 10, m: map[common.Address]cachedDevice{}}
}

func (c *cachedRegistry) Device(ctx context.Context, device common.Address) (Device, error) {
	now := time.Now()
	c.mu.Lock()
	e, ok := c.m[device]
	c.mu.Unlock()
	if ok && now.Before(e.until) {
		return e.d, nil
	}
	d, err := c.r.Device(ctx, device)
	if err != nil {
		return Device{}, err
	}
	ttl := c.ttl
	if !d.Active {
		ttl = c.neg
	}
	c.mu.Lock()
	if len(c.m) > 1_000_000 { // bound memory under a flood of made-up devices (each needs a valid signature)
		clear(c.m)
	}
	c.m[device] = cachedDevice{d: d, until: now.Add(ttl)}
	c.mu.Unlock()
	return d, nil
}

// admit refuses a device the registry does not hold active, or whose kind does not measure the batch's codes.
func admit(ctx context.Context, r Registry, s *telemetry.Signed) (Device, *telemetry.Error) {
	d, err := r.Device(ctx, s.Device)
	if err != nil {
		return d, telemetry.Errorf(telemetry.CodeUnavailable, "device registry: %v", err)
	}
	if !d.Registered() {
		return d, telemetry.Errorf(telemetry.CodeUnregistered, "device %s is not in the DeviceRegistry", s.Device)
	}
	if !d.Active {
		return d, telemetry.Errorf(telemetry.CodeInactive, "device %s was deregistered or its key rotated", s.Device)
	}
	return d, s.CheckKind(telemetry.Kind(d.Kind))
}

// Fixed is a registry of a fixed set of devices held in memory: benchmarks, and tests until DeviceRegistry is on
// their chain. Safe for concurrent use.
type Fixed struct {
	mu sync.Mutex
	m  map[common.Address]Device
}

// NewFixed makes an empty fixed registry.
func NewFixed() *Fixed { return &Fixed{m: map[common.Address]Device{}} }

// Add registers (or replaces) a device.
func (f *Fixed) Add(addr common.Address, d Device) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.m[addr] = d
}

// Device returns the device (all zero when it is not held).
func (f *Fixed) Device(_ context.Context, addr common.Address) (Device, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.m[addr], nil
}
