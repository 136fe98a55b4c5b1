// Package api is the relayer's wire format: the JSON bodies of its HTTP endpoints, request states and the stable
// machine-readable error codes. It is shared by the relayer and its clients and has no dependency on either.
package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/bevan-health/bevan/metatx"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// MaxBodyBytes is the largest request body the relayer reads.
const MaxBodyBytes = 64 << 10

// AppKeyHeader carries the API key of the app that fronts a patient (the relayer charges the request to that key's
// quota and budget). Keys are secrets: apps send them from their servers (a reverse proxy adds the header), never
// from a browser.
const AppKeyHeader = "X-Bevan-App-Key"

// Kinds of sponsored requests.
const (
	KindForward = "forward" // an ERC-2771 forward request executed by the Bevan forwarder
	KindVote    = "vote"    // a ballot for the Governor's castVoteBySig
)

// States of a request: received → submitted → mined or failed.
const (
	StateReceived  = "received"
	StateSubmitted = "submitted"
	StateMined     = "mined"
	StateFailed    = "failed"
)

// Final reports whether a state is final.
func Final(state string) bool { return state == StateMined || state == StateFailed }

// ForwardRequest is a forward request as the wallet signed it. uint256 values are decimal strings, bytes 0x-hex.
type ForwardRequest struct {
	From     common.Address `json:"from"`
	To       common.Address `json:"to"`
	Value    string         `json:"value,omitempty"` // wei, decimal; must be 0 or absent (the relayer sponsors gas, not value)
	Gas      uint64         `json:"gas"`
	Nonce    string         `json:"nonce"`    // the forwarder's nonces(from), decimal
	Deadline uint64         `json:"deadline"` // unix seconds
	Data     hexutil.Bytes  `json:"data"`
}

// Forward is the body of POST /v1/forward.
type Forward struct {
	// ChainID and Forwarder name the EIP-712 domain the wallet signed for; they must be this chain and its Bevan
	// forwarder.
	ChainID   uint64         `json:"chainId"`
	Forwarder common.Address `json:"forwarder"`
	Request   ForwardRequest `json:"request"`
	Signature hexutil.Bytes  `json:"signature"`
}

// Ballot is a signed Governor ballot.
type Ballot struct {
	ProposalID string         `json:"proposalId"` // decimal
	Support    uint8          `json:"support"`    // 0 against, 1 for, 2 abstain
	Voter      common.Address `json:"voter"`
	Nonce      string         `json:"nonce"` // the Governor's nonces(voter), decimal
}

// Vote is the body of POST /v1/vote.
type Vote struct {
	ChainID   uint64         `json:"chainId"`
	Governor  common.Address `json:"governor"`
	Ballot    Ballot         `json:"ballot"`
	Signature hexutil.Bytes  `json:"signature"`
}

// Accepted is the answer to a submission: 202 when newly stored, 200 when the same request was already known.
type Accepted struct {
	ID     common.Hash `json:"id"` // the EIP-712 digest of the signed message
	Status string      `json:"status"`
	// Duplicate is true when the request had been accepted before (nothing new is submitted).
	Duplicate bool `json:"duplicate,omitempty"`
}

// Status is the answer of GET /v1/requests/{id}.
type Status struct {
	ID      common.Hash    `json:"id"`
	Kind    string         `json:"kind"`
	Status  string         `json:"status"`
	From    common.Address `json:"from"`
	To      common.Address `json:"to"`
	Nonce   string         `json:"nonce"`
	Relayer common.Address `json:"relayer,omitempty"` // the account that sent its transaction (normally a relayer)
	TxHash  *common.Hash   `json:"txHash,omitempty"`
	Block   uint64         `json:"block,omitempty"`
	GasUsed uint64         `json:"gasUsed,omitempty"`
	// Fee is what the relayer paid in wei (L2 execution + L1 data fee), decimal.
	Fee   string `json:"fee,omitempty"`
	L1Fee string `json:"l1Fee,omitempty"`
	// Error is the decoded revert reason (e.g. "NotPatientOrGuardian(patient=0x…, caller=0x…)") or why it failed.
	Error      string `json:"error,omitempty"`
	AcceptedAt int64  `json:"acceptedAt"` // unix milliseconds
	UpdatedAt  int64  `json:"updatedAt"`  // unix milliseconds
}

// Nonce is the answer of GET /v1/nonce/{address}.
type Nonce struct {
	Address common.Address `json:"address"`
	// Forwarder is the Bevan forwarder's nonces(address): the nonce of the next forward request.
	Forwarder string `json:"forwarder"`
	// Governor is the Governor's nonces(address): the nonce of the next ballot.
	Governor string `json:"governor"`
}

// Health is the answer of GET /healthz.
type Health struct {
	OK      bool           `json:"ok"`
	ChainID uint64         `json:"chainId"`
	Relayer common.Address `json:"relayer"`
	Redis   string         `json:"redis"` // "ok" or the error
	RPC     string         `json:"rpc"`   // "ok" or the error
	Queued  int64          `json:"queued"`
}

// ParseUint256 parses a decimal (or 0x-hex) unsigned integer that fits in 256 bits; empty is an error.
func ParseUint256(field, s string) (*big.Int, error) {
	if s == "" {
		return nil, fmt.Errorf("%s is missing", field)
	}
	if len(s) > 80 {
		return nil, fmt.Errorf("%s is too long", field)
	}
	v, ok := new(big.Int).SetString(s, 0)
	if !ok || strings.HasPrefix(s, "+") || strings.HasPrefix(s, "-") {
		return nil, fmt.Errorf("%s %q is not an unsigned integer", field, s)
	}
	if v.Sign() < 0 || v.BitLen() > 256 {
		return nil, fmt.Errorf("%s is out of range", field)
	}
	return v, nil
}

// Meta converts the wire request to metatx's form (used for the digest and the forwarder call).
func (r *ForwardRequest) Meta() (*metatx.Request, error) {
	nonce, err := ParseUint256("nonce", r.Nonce)
	if err != nil {
		return nil, err
	}
	value := new(big.Int)
	if r.Value != "" {
		if value, err = ParseUint256("value", r.Value); err != nil {
			return nil, err
		}
	}
	m := &metatx.Request{From: r.From, To: r.To, Value: value, Gas: r.Gas, Nonce: nonce, Deadline: r.Deadline,
		Data: []byte(r.Data)}
	if err := m.Check(); err != nil {
		return nil, err
	}
	return m, nil
}

// FromMeta is the wire form of a metatx request.
func FromMeta(m *metatx.Request) ForwardRequest {
	r := ForwardRequest{From: m.From, To: m.To, Gas: m.Gas, Nonce: m.Nonce.String(), Deadline: m.Deadline,
		Data: m.Data}
	if m.Value != nil && m.Value.Sign() != 0 {
		r.Value = m.Value.String()
	}
	return r
}

// Meta converts the wire ballot to metatx's form.
func (b *Ballot) Meta() (*metatx.Ballot, error) {
	id, err := ParseUint256("proposalId", b.ProposalID)
	if err != nil {
		return nil, err
	}
	nonce, err := ParseUint256("nonce", b.Nonce)
	if err != nil {
		return nil, err
	}
	if b.Support > 2 {
		return nil, fmt.Errorf("support %d is not 0 (against), 1 (for) or 2 (abstain)", b.Support)
	}
	if b.Voter == (common.Address{}) {
		return nil, errors.New("voter is the zero address")
	}
	return &metatx.Ballot{ProposalID: id, Support: b.Support, Voter: b.Voter, Nonce: nonce}, nil
}

// Decode reads one JSON value of type T strictly: unknown fields, trailing data and bodies over MaxBodyBytes are
// errors, each reported as an *Error with its code.
func Decode[T any](r io.Reader) (*T, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxBodyBytes+1))
	if err != nil {
		return nil, Errorf(CodeMalformedJSON, "read body: %v", err)
	}
	return DecodeBytes[T](raw)
}

// DecodeBytes is Decode of a body already read.
func DecodeBytes[T any](raw []byte) (*T, error) {
	if len(raw) > MaxBodyBytes {
		return nil, Errorf(CodeBodyTooLarge, "body is larger than %d bytes", MaxBodyBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var v T
	if err := dec.Decode(&v); err != nil {
		if strings.HasPrefix(err.Error(), "json: unknown field") {
			return nil, Errorf(CodeUnknownField, "%v", err)
		}
		return nil, Errorf(CodeMalformedJSON, "%v", err)
	}
	if dec.More() {
		return nil, Errorf(CodeMalformedJSON, "trailing data after the JSON object")
	}
	var rest json.RawMessage
	if err := dec.Decode(&rest); err != io.EOF {
		return nil, Errorf(CodeMalformedJSON, "trailing data after the JSON object")
	}
	return &v, nil
}
