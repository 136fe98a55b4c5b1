package gateway

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// Device is a device as DeviceRegistry.deviceOf returns it: Registrar, Patient (zero for a site's device),
// RegisteredAt (zero: never registered), Kind, Active, Site (ODS code).
type Device = bindings.IDeviceRegistryDevice

// registered reports whether the device was ever registered.
func registered(d *Device) bool { return d.RegisteredAt != nil && d.RegisteredAt.Sign() > 0 }

// Registry looks devices up.
type Registry interface {
	Device(ctx context.Context, device common.Address) (Device, error)
}

// chainRegistry reads DeviceRegistry over RPC.
type chainRegistry struct {
	c *bindings.DeviceRegistryCaller
}

// NewChainRegistry reads the DeviceRegistry at addr through caller (an *ethclient.Client).
func NewChainRegistry(addr common.Address, caller bind.ContractCaller) (Registry, error) {
	c, err := bindings.NewDeviceRegistryCaller(addr, caller)
	if err != nil {
		return nil, fmt.Errorf("bind DeviceRegistry: %w", err)
	}
	return &chainRegistry{c: c}, nil
}

func (r *chainRegistry) Device(ctx context.Context, device common.Address) (Device, error) {
	d, err := r.c.DeviceOf(&bind.CallOpts{Context: ctx}, device)
	if err != nil {
		return Device{}, fmt.Errorf("deviceOf(%s): %w", device, err)
	}
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
	if !registered(&d) {
		return d, telemetry.Errorf(telemetry.CodeUnregistered, "device %s is not in the DeviceRegistry", s.Device)
	}
	if !d.Active {
		return d, telemetry.Errorf(telemetry.CodeInactive, "device %s was deregistered or its key rotated", s.Device)
	}
	return d, s.CheckKind(telemetry.Kind(d.Kind))
}

// Fixed is a registry of a fixed set of devices held in memory (benchmarks that measure the gateway, not the
// registry's RPC, which the gateway caches anyway). Safe for concurrent use.
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
