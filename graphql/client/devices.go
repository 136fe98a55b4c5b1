package client

import (
	"context"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Device is a telemetry device in the DeviceRegistry as indexed (one version: a deregistration or key rotation ends
// it).
type Device struct {
	Address common.Address `json:"address"`
	// Kind is the kind's name (cold-store-sensor, pulse-oximeter, …), KindCode its code in the registry (1..6).
	Kind        string `json:"kind"`
	KindCode    int    `json:"kindCode"`
	KindDisplay string `json:"kindDisplay"`
	// Site is the ODS code of its site.
	Site string `json:"site"`
	// Patient is the patient's pseudonymous wallet of a patient's device; nil for a site's device.
	Patient         *common.Address `json:"patient"`
	Registrar       common.Address  `json:"registrar"`
	RegisteredAt    uint64          `json:"registeredAt"`
	RegisteredBlock uint64          `json:"registeredBlock"`
	RegisteredTx    common.Hash     `json:"registeredTx"`
	RotatedFrom     *common.Address `json:"rotatedFrom"`
	// Active is whether it was active at the block of the query.
	Active         bool            `json:"active"`
	ReplacedBy     *common.Address `json:"replacedBy"`
	DeregisteredBy *common.Address `json:"deregisteredBy"`
	EndedAt        *uint64         `json:"endedAt"`
	EndedBlock     *uint64         `json:"endedBlock"`
	EndedTx        *common.Hash    `json:"endedTx"`
	ValidFrom      uint64          `json:"validFrom"`
	ValidUntil     *uint64         `json:"validUntil"`
}

const deviceFields = `address kind kindCode kindDisplay site patient registrar registeredAt registeredBlock registeredTx
	rotatedFrom active replacedBy deregisteredBy endedAt endedBlock endedTx validFrom validUntil`

// Excursion is a cold-chain excursion a telemetry gateway recorded in the DeviceRegistry.
type Excursion struct {
	ExcursionID uint64         `json:"excursionId"`
	Site        string         `json:"site"`
	Device      common.Address `json:"device"`
	Gateway     common.Address `json:"gateway"`
	// StartedAt and EndedAt are unix seconds.
	StartedAt       uint64 `json:"startedAt"`
	EndedAt         uint64 `json:"endedAt"`
	DurationSeconds uint64 `json:"durationSeconds"`
	// MinCelsius and MaxCelsius are the lowest and highest temperatures out of range (MaxCelsius: the peak).
	MinCelsius   float64  `json:"minCelsius"`
	MaxCelsius   float64  `json:"maxCelsius"`
	AffectedLots []string `json:"affectedLots"`
	// BatchRoot is the root of the reading batch, anchored by the gateway, that proves it.
	BatchRoot common.Hash `json:"batchRoot"`
	// AnchorTx is the transaction that recorded it, in Block.
	AnchorTx common.Hash `json:"anchorTx"`
	Block    uint64      `json:"block"`
}

const excursionFields = `excursionId site device gateway startedAt endedAt durationSeconds minCelsius maxCelsius affectedLots
	batchRoot anchorTx block`

// DeviceFilter selects devices; every set field must match.
type DeviceFilter struct {
	// Site is an ODS code.
	Site string
	// Kind is a kind's name (pulse-oximeter) or code ("2").
	Kind      string
	Patient   *common.Address
	Registrar *common.Address
	// Active selects active devices (true) or ended ones (false); nil: both.
	Active *bool
}

// Device looks a device up by address; ErrNotFound when it was never registered by the block.
func (c *Client) Device(ctx context.Context, address common.Address, block *uint64) (*Device, error) {
	var out struct {
		Device *Device `json:"device"`
	}
	q := `query($address: String!, $block: BlockInput) { device(address: $address, block: $block) { ` + deviceFields + ` } }`
	if err := c.Query(ctx, q, map[string]any{"address": strings.ToLower(address.Hex()), "block": blockVar(block)}, &out); err != nil {
		return nil, err
	}
	if out.Device == nil {
		return nil, fmt.Errorf("device %s: %w", address.Hex(), ErrNotFound)
	}
	return out.Device, nil
}

// Devices lists telemetry devices, in address order.
func (c *Client) Devices(ctx context.Context, where DeviceFilter, opts ListOptions) (*Page[Device], error) {
	m := map[string]any{}
	if where.Site != "" {
		m["site"] = map[string]any{"eq": where.Site}
	}
	if where.Kind != "" {
		m["kind"] = where.Kind
	}
	eqAddr(m, "patient", where.Patient)
	eqAddr(m, "registrar", where.Registrar)
	if where.Active != nil {
		m["active"] = *where.Active
	}
	return list[Device](ctx, c, "devices", "DeviceFilter", m, "", nil, opts, deviceFields)
}

// ExcursionFilter selects excursions.
type ExcursionFilter struct {
	// Site is an ODS code.
	Site   string
	Device *common.Address
}

// Excursions lists cold-chain excursions, in the order they were recorded.
func (c *Client) Excursions(ctx context.Context, where ExcursionFilter, opts ListOptions) (*Page[Excursion], error) {
	m := map[string]any{}
	if where.Site != "" {
		m["site"] = map[string]any{"eq": where.Site}
	}
	eqAddr(m, "device", where.Device)
	return list[Excursion](ctx, c, "excursions", "ExcursionFilter", m, "", nil, opts, excursionFields)
}
