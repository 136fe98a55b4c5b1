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

// keep records err, prefixed with the flag's name unless it names the flag already, when it is the first error.
func (r *flagReader) keep(name string, err error, named bool) {
	if err == nil || r.err != nil {
		return
	}
	if !named {
		err = fmt.Errorf("--%s: %w", name, err)
	}
	r.err = err
}

// address is the address in flag name.
func (r *flagReader) address(name string) common.Address {
	a, err := parseAddress("--"+name, r.c.String(name))
	r.keep(name, err, true)
	return a
}

// purpose is the one purpose of use code in flag name (e.g. TREAT).
func (r *flagReader) purpose(name string) vocab.Purpose {
	p, err := vocab.ParsePurpose(r.c.String(name))
	r.keep(name, err, false)
	return p
}

// purposes is the comma-separated list of purpose of use codes in flag name, as a bitmask.
func (r *flagReader) purposes(name string) uint16 {
	m, err := vocab.ParsePurposeMask(r.c.String(name))
	r.keep(name, err, false)
	return m
}

// action is the one consent action in flag name (e.g. access).
func (r *flagReader) action(name string) vocab.Action {
	a, err := vocab.ParseAction(r.c.String(name))
	r.keep(name, err, false)
	return a
}

// actions is the comma-separated list of consent actions in flag name, as a bitmask.
func (r *flagReader) actions(name string) uint8 {
	m, err := vocab.ParseActionMask(r.c.String(name))
	r.keep(name, err, false)
	return m
}

// level is the identity verification level in flag name (P0, P5 or P9).
func (r *flagReader) level(name string) identity.Level {
	l, err := identity.ParseLevel(r.c.String(name))
	r.keep(name, err, false)
	return l
}
