package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/bevan-health/bevan/commitment"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

// A commitment receipt is the local record of a salted commitment the CLI put on chain (a consent's data scope, an
// emergency access reason): what was committed, its salt, and the transaction. With it the on-chain hash can be
// proven later (keccak256(salt ‖ content)); without it, the hash says nothing. Receipts are written with mode 0600
// under $BEVAN_HOME/receipts/<kind>/ (or where --receipt says) before the request is sent, and completed once it
// is mined, so a salt is never lost to a crash between the two.
type commitReceipt struct {
	Version    int             `json:"version"`
	Kind       string          `json:"kind"`
	Commitment common.Hash     `json:"commitment"`
	Salt       commitment.Salt `json:"salt"`
	// Reason is the emergency access reason (kind emergency-reason).
	Reason string `json:"reason,omitempty"`
	// File and FHIR describe a consent's scope (kind consent-scope): the file committed to, and whether the
	// commitment is over its RFC 8785 canonical FHIR content rather than its bytes.
	File     string         `json:"file,omitempty"`
	FHIR     bool           `json:"fhir,omitempty"`
	ChainID  uint64         `json:"chainId"`
	Contract common.Address `json:"contract"`
	Patient  common.Address `json:"patient"`
	// Actor is the wallet that signed: the accessor of an emergency access, the granter of a consent.
	Actor     common.Address `json:"actor"`
	Grantee   common.Address `json:"grantee,omitempty"`
	ConsentID string         `json:"consentId,omitempty"`
	RequestID common.Hash    `json:"requestId,omitempty"`
	TxHash    common.Hash    `json:"txHash,omitempty"`
	Block     uint64         `json:"block,omitempty"`
	Created   time.Time      `json:"created"`
}

const (
	receiptEmergency = "emergency-reason"
	receiptScope     = "consent-scope"
)

// receiptPath is --receipt, or $BEVAN_HOME/receipts/<kind>/<commitment>.json.
func receiptPath(c *cli.Context, flag string, r *commitReceipt) (string, error) {
	if p := c.String(flag); p != "" {
		return p, nil
	}
	home, err := bevanHome()
	if err != nil {
		return "", err
	}
	return filepath.Join(home, "receipts", r.Kind, r.Commitment.Hex()+".json"), nil
}

// writeReceipt writes r as indented JSON to path (mode 0600, its directory 0700), atomically.
func writeReceipt(path string, r any) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("receipt: %w", err)
	}
	raw, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("receipt: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(raw, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("receipt: %w", err)
	}
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("receipt: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("receipt: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("receipt: %w", err)
	}
	return nil
}

// readReceipt reads a receipt and checks that its salt and content give its commitment.
func readReceipt(path string, content func(*commitReceipt) ([]byte, error)) (*commitReceipt, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read receipt: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var r commitReceipt
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("receipt %s: %w", path, err)
	}
	if r.Version != 1 || r.Salt.IsZero() {
		return nil, fmt.Errorf("receipt %s: unknown version or no salt", path)
	}
	data, err := content(&r)
	if err != nil {
		return nil, err
	}
	if got := commitment.Of(r.Salt, data); got != r.Commitment {
		return nil, errors.New("receipt " + path + ": its salt and content give " + got.Hex() + ", not its commitment " + r.Commitment.Hex() +
			" (the receipt was altered)")
	}
	return &r, nil
}
