package main

import (
	"fmt"

	"github.com/bevan-health/bevan/identity"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

// flagReader parses a command's flags one after another and keeps the first error (which names its flag), so that a
// command reads its flags as a list and checks once. Each method returns the zero value after an error.
type flagReader struct {
	c   *cli.Context
	err error
}

// readFlag parses flag name's value with parse; an error is kept (the first one only) as "--name: …".
func readFlag[T any](r *flagReader, name string, parse func(string) (T, error)) T {
	v, err := parse(r.c.String(name))
	if err != nil && r.err == nil {
		r.err = fmt.Errorf("--%s: %w", name, err)
	}
	return v
}

// address is the address in flag name.
func (r *flagReader) address(name string) common.Address {
	a, err := parseAddress("--"+name, r.c.String(name)) // its error names the flag and the value
	if err != nil && r.err == nil {
		r.err = err
	}
	return a
}

// purpose is the one purpose of use code in flag name (e.g. TREAT).
func (r *flagReader) purpose(name string) vocab.Purpose { return readFlag(r, name, vocab.ParsePurpose) }

// purposes is the comma-separated list of purpose of use codes in flag name, as a bitmask.
func (r *flagReader) purposes(name string) uint16 { return readFlag(r, name, vocab.ParsePurposeMask) }

// action is the one consent action in flag name (e.g. access).
func (r *flagReader) action(name string) vocab.Action { return readFlag(r, name, vocab.ParseAction) }

// actions is the comma-separated list of consent actions in flag name, as a bitmask.
func (r *flagReader) actions(name string) uint8 { return readFlag(r, name, vocab.ParseActionMask) }

// level is the identity verification level in flag name (P0, P5 or P9).
func (r *flagReader) level(name string) identity.Level { return readFlag(r, name, identity.ParseLevel) }
