package main

import (
	"os"
	"testing"

	"github.com/bevan-health/bevan/internal/devnettest"
)

func TestMain(m *testing.M) { os.Exit(devnettest.Main(m)) }
