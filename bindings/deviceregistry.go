// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"errors"
	"math/big"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
)

// IDeviceRegistryDevice is an auto generated low-level Go binding around an user-defined struct.
type IDeviceRegistryDevice struct {
	Registrar    common.Address
	Patient      common.Address
	RegisteredAt *big.Int
	Kind         uint8
	Active       bool
	Site         [8]byte
}

// DeviceRegistryMetaData contains all meta data concerning the DeviceRegistry contract.
var DeviceRegistryMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"trustedForwarder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"anchors\",\"type\":\"address\",\"internalType\":\"contractRecordAnchor\"},{\"name\":\"admin\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registrars\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"gateways\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"ANCHORS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractRecordAnchor\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEFAULT_ADMIN_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"DEVICE_REGISTRAR_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"KIND_COLD_STORE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_KIND\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_LOTS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_LOT_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"TELEMETRY_GATEWAY_ROLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"deregister\",\"inputs\":[{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"deviceOf\",\"inputs\":[{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structIDeviceRegistry.Device\",\"components\":[{\"name\":\"registrar\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"registeredAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"active\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"site\",\"type\":\"bytes8\",\"internalType\":\"bytes8\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"excursionCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoleAdmin\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"grantRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"hasRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isActive\",\"inputs\":[{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"isTrustedForwarder\",\"inputs\":[{\"name\":\"forwarder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"recordExcursion\",\"inputs\":[{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"startedAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"endedAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"minCentiCelsius\",\"type\":\"int32\",\"internalType\":\"int32\"},{\"name\":\"maxCentiCelsius\",\"type\":\"int32\",\"internalType\":\"int32\"},{\"name\":\"batchRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"affectedLots\",\"type\":\"string[]\",\"internalType\":\"string[]\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"register\",\"inputs\":[{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"site\",\"type\":\"bytes8\",\"internalType\":\"bytes8\"},{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"callerConfirmation\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"revokeRole\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"rotateKey\",\"inputs\":[{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"newDevice\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"trustedForwarder\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"DeviceDeregistered\",\"inputs\":[{\"name\":\"device\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"by\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DeviceKeyRotated\",\"inputs\":[{\"name\":\"device\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newDevice\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"registrar\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DeviceRegistered\",\"inputs\":[{\"name\":\"device\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"registrar\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"patient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"site\",\"type\":\"bytes8\",\"indexed\":false,\"internalType\":\"bytes8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ExcursionRecorded\",\"inputs\":[{\"name\":\"excursionId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"device\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"site\",\"type\":\"bytes8\",\"indexed\":true,\"internalType\":\"bytes8\"},{\"name\":\"gateway\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"startedAt\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"},{\"name\":\"endedAt\",\"type\":\"uint48\",\"indexed\":false,\"internalType\":\"uint48\"},{\"name\":\"minCentiCelsius\",\"type\":\"int32\",\"indexed\":false,\"internalType\":\"int32\"},{\"name\":\"maxCentiCelsius\",\"type\":\"int32\",\"indexed\":false,\"internalType\":\"int32\"},{\"name\":\"batchRoot\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"affectedLots\",\"type\":\"string[]\",\"indexed\":false,\"internalType\":\"string[]\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleAdminChanged\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"previousAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"newAdminRole\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleGranted\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"RoleRevoked\",\"inputs\":[{\"name\":\"role\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"account\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AccessControlBadConfirmation\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"AccessControlUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"neededRole\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"BatchNotAnchored\",\"inputs\":[{\"name\":\"gateway\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"batchRoot\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"DeviceAlreadyRegistered\",\"inputs\":[{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"DeviceNotActive\",\"inputs\":[{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidDevice\",\"inputs\":[{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidDeviceKind\",\"inputs\":[{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"InvalidExcursionTimes\",\"inputs\":[{\"name\":\"startedAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"endedAt\",\"type\":\"uint48\",\"internalType\":\"uint48\"}]},{\"type\":\"error\",\"name\":\"InvalidLot\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidOdsCode\",\"inputs\":[{\"name\":\"site\",\"type\":\"bytes8\",\"internalType\":\"bytes8\"}]},{\"type\":\"error\",\"name\":\"InvalidPatient\",\"inputs\":[{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"patient\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"InvalidTemperatures\",\"inputs\":[{\"name\":\"minCentiCelsius\",\"type\":\"int32\",\"internalType\":\"int32\"},{\"name\":\"maxCentiCelsius\",\"type\":\"int32\",\"internalType\":\"int32\"}]},{\"type\":\"error\",\"name\":\"NotColdStore\",\"inputs\":[{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"kind\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"NotDeviceRegistrar\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"device\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"TooManyLots\",\"inputs\":[{\"name\":\"count\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161205538038061205583398101604081905261002e91610300565b6001600160a01b03808616608052841660a05261004b5f846100ff565b505f5b82518110156100a9576100a07f98331509de93c296cd74212894497ff52c57ae2fd5cd119c5fce700fd507a0d084838151811061008d5761008d61039e565b60200260200101516100ff60201b60201c565b5060010161004e565b505f5b81518110156100f4576100eb7f3cbce4c7032ccd7bf29c4c94a489160000c1e228c46bac73db2be4076d37afe183838151811061008d5761008d61039e565b506001016100ac565b505050505050610411565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101a0575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101586101a9565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101a3565b505f5b92915050565b5f6101b26101b7565b905090565b5f3660148082108015906101cf57506101cf336101fd565b156101f5576101e236828403815f6103b2565b6101eb916103d9565b60601c9250505090565b339250505090565b5f61020760805190565b6001600160a01b0316826001600160a01b0316149050919050565b6001600160a01b0381168114610236575f5ffd5b50565b805161024481610222565b919050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261026c575f5ffd5b81516001600160401b0381111561028557610285610249565b604051600582901b90603f8201601f191681016001600160401b03811182821017156102b3576102b3610249565b6040529182526020818501810192908101868411156102d0575f5ffd5b6020860192505b838310156102f6576102e883610239565b8152602092830192016102d7565b5095945050505050565b5f5f5f5f5f60a08688031215610314575f5ffd5b855161031f81610222565b602087015190955061033081610222565b604087015190945061034181610222565b60608701519093506001600160401b0381111561035c575f5ffd5b6103688882890161025d565b608088015190935090506001600160401b03811115610385575f5ffd5b6103918882890161025d565b9150509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b5f5f858511156103c0575f5ffd5b838611156103cc575f5ffd5b5050820193919092039150565b80356001600160601b0319811690601484101561040a576001600160601b0319601485900360031b81901b82161691505b5092915050565b60805160a051611c0e6104475f395f818161024e0152610bfd01525f81816104470152818161048c015261161d0152611c0e5ff3fe608060405234801561000f575f5ffd5b5060043610610184575f3560e01c806384ac33ec116100dd578063c9e78bf411610088578063ddc469ed11610063578063ddc469ed146105ab578063e9cf686314610590578063ecb302ff146105be575f5ffd5b8063c9e78bf41461057d578063cec117ba14610590578063d547741f14610598575f5ffd5b80639f694d86116100b85780639f694d86146105015780639f8a13d714610528578063a217fddf14610576575f5ffd5b806384ac33ec146104b05780638c24dadc146104c357806391d14854146104cb575f5ffd5b806336568abe1161013d578063572b6c0511610118578063572b6c05146104375780637060f7f7146104775780637da0a8771461048a575f5ffd5b806336568abe1461023657806351d279ea1461024957806352b9fa7914610288575f5ffd5b8063248a9ca31161016d578063248a9ca3146101ca5780632bb8c656146101fa5780632f2ff15d14610221575f5ffd5b806301ffc9a7146101885780630e35f19a146101b0575b5f5ffd5b61019b610196366004611676565b6105c7565b60405190151581526020015b60405180910390f35b6101b8600181565b60405160ff90911681526020016101a7565b6101ec6101d83660046116bc565b5f9081526020819052604090206001015490565b6040519081526020016101a7565b6101ec7f98331509de93c296cd74212894497ff52c57ae2fd5cd119c5fce700fd507a0d081565b61023461022f3660046116e9565b61065f565b005b6102346102443660046116e9565b610689565b6102707f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101a7565b6103ab610296366004611713565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506001600160a01b039081165f90815260016020818152604092839020835160c08082018652825487168252938201549586169281019290925265ffffffffffff740100000000000000000000000000000000000000008604169382019390935260ff7a0100000000000000000000000000000000000000000000000000008504811660608301527b01000000000000000000000000000000000000000000000000000000909404909316151560808401526002909101547fffffffffffffffff000000000000000000000000000000000000000000000000911b1660a082015290565b6040516101a791905f60c0820190506001600160a01b0383511682526001600160a01b03602084015116602083015265ffffffffffff604084015116604083015260ff60608401511660608301526080830151151560808301527fffffffffffffffff00000000000000000000000000000000000000000000000060a08401511660a083015292915050565b61019b610445366004611713565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b61023461048536600461172c565b6106ea565b7f0000000000000000000000000000000000000000000000000000000000000000610270565b6102346104be366004611713565b61088d565b6101b8600681565b61019b6104d93660046116e9565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6101ec7f3cbce4c7032ccd7bf29c4c94a489160000c1e228c46bac73db2be4076d37afe181565b61019b610536366004611713565b6001600160a01b03165f90815260016020819052604090912001547b01000000000000000000000000000000000000000000000000000000900460ff1690565b6101ec5f81565b61023461058b366004611778565b610955565b6101ec602081565b6102346105a63660046116e9565b610d67565b6102346105b9366004611846565b610d8b565b6101ec60025481565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061065957507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f8281526020819052604090206001015461067981610fdb565b6106838383610fef565b50505050565b6106916110b5565b6001600160a01b0316816001600160a01b0316146106db576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106e582826110c3565b505050565b5f6106f36110b5565b90505f6106ff84611180565b905061070c828583611206565b60018101546001600160a01b03908116908416036107745760018101546040517f6794232f0000000000000000000000000000000000000000000000000000000081526001600160a01b03808616600483015290911660248201526044015b60405180910390fd5b600180820180547fffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffff8116918290556040805160c080820183526001600160a01b038089168352909316602082015265ffffffffffff4216918101919091527a01000000000000000000000000000000000000000000000000000090920460ff166060830152608082019290925260028301547fffffffffffffffff000000000000000000000000000000000000000000000000921b9190911660a082015261083d908490611289565b816001600160a01b0316836001600160a01b0316856001600160a01b03167f38d33ffb3db8c73df0b61b9218ec26351dfb12123422666990362a5e4f18b8d260405160405180910390a450505050565b5f6108966110b5565b90505f6108a283611180565b6001600160a01b0383165f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205490915060ff166108ee576108ee828483611206565b6001810180547fffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffff1690556040516001600160a01b0380841691908516907f73d15b3e6e961d09c78357c98ffbc863c81e1cb5232292ec47b99e884694634b905f90a3505050565b5f61095e6110b5565b905061098a7f3cbce4c7032ccd7bf29c4c94a489160000c1e228c46bac73db2be4076d37afe1826114d4565b5f6109948a611180565b6001808201549192507a01000000000000000000000000000000000000000000000000000090910460ff1614610a2d5760018101546040517fdcf240bf0000000000000000000000000000000000000000000000000000000081526001600160a01b038c1660048201527a01000000000000000000000000000000000000000000000000000090910460ff16602482015260440161076b565b65ffffffffffff89161580610a5257508765ffffffffffff168965ffffffffffff1610155b80610a645750428865ffffffffffff16115b15610aad576040517f8b14dddd00000000000000000000000000000000000000000000000000000000815265ffffffffffff808b1660048301528916602482015260440161076b565b8560030b8760030b1315610afb576040517fd905600f000000000000000000000000000000000000000000000000000000008152600388810b600483015287900b602482015260440161076b565b6020831115610b39576040517f8038c99c0000000000000000000000000000000000000000000000000000000081526004810184905260240161076b565b5f5b83811015610bbb575f858583818110610b5657610b566118c4565b9050602002810190610b6891906118f1565b915050801580610b785750602081115b15610bb2576040517f42f13f210000000000000000000000000000000000000000000000000000000081526004810183905260240161076b565b50600101610b3b565b506040517f6f7c972c0000000000000000000000000000000000000000000000000000000081526001600160a01b038381166004830152602482018790525f917f000000000000000000000000000000000000000000000000000000000000000090911690636f7c972c906044016040805180830381865afa158015610c43573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c679190611959565b509050851580610c7d575065ffffffffffff8116155b15610cc6576040517f54061b5b0000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024810187905260440161076b565b5f60025f8154610cd5906119c6565b9190508190559050826002015f9054906101000a900460c01b77ffffffffffffffffffffffffffffffffffffffffffffffff19168c6001600160a01b0316827faa8f3905b87c72a82234eae600421c97f8253ef8243ccb3c35654b8ed2299e7c878f8f8f8f8f8f8f604051610d51989796959493929190611a44565b60405180910390a4505050505050505050505050565b5f82815260208190526040902060010154610d8181610fdb565b61068383836110c3565b5f610d946110b5565b9050610dc07f98331509de93c296cd74212894497ff52c57ae2fd5cd119c5fce700fd507a0d0826114d4565b60ff84161580610dd35750600660ff8516115b15610e0f576040517fc33265a000000000000000000000000000000000000000000000000000000000815260ff8516600482015260240161076b565b610e1883611543565b610e72576040517f4534694a0000000000000000000000000000000000000000000000000000000081527fffffffffffffffff0000000000000000000000000000000000000000000000008416600482015260240161076b565b846001600160a01b0316826001600160a01b03161480610ea8575060ff84166001148015610ea857506001600160a01b03821615155b15610ef2576040517f6794232f0000000000000000000000000000000000000000000000000000000081526001600160a01b0380871660048301528316602482015260440161076b565b610f63856040518060c00160405280846001600160a01b03168152602001856001600160a01b031681526020014265ffffffffffff1681526020018760ff1681526020016001151581526020018677ffffffffffffffffffffffffffffffffffffffffffffffff1916815250611289565b6040805160ff861681527fffffffffffffffff000000000000000000000000000000000000000000000000851660208201526001600160a01b038085169284821692918916917f2d86f7b868961fdd7f78e1afefe632a55ffe398127f69ab19cbc647ab95df47e910160405180910390a45050505050565b610fec81610fe76110b5565b6114d4565b50565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166110ae575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660011790556110666110b5565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610659565b505f610659565b5f6110be61160c565b905090565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16156110ae575f838152602081815260408083206001600160a01b0386168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001690556111386110b5565b6001600160a01b0316826001600160a01b0316847ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b60405160405180910390a4506001610659565b6001600160a01b0381165f908152600160208190526040909120908101547b01000000000000000000000000000000000000000000000000000000900460ff16611201576040517ffc29f08f0000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015260240161076b565b919050565b80546001600160a01b0384811691161461125f576040517fc6f9407c0000000000000000000000000000000000000000000000000000000081526001600160a01b0380851660048301528316602482015260440161076b565b6106e57f98331509de93c296cd74212894497ff52c57ae2fd5cd119c5fce700fd507a0d0846114d4565b6001600160a01b0382166112d4576040517fb1f3da950000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015260240161076b565b6001600160a01b0382165f908152600160208190526040909120015474010000000000000000000000000000000000000000900465ffffffffffff1615611352576040517fcd76e8450000000000000000000000000000000000000000000000000000000081526001600160a01b038316600482015260240161076b565b6001600160a01b039182165f90815260016020818152604092839020845181549087167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116178155908401519181018054938501516060860151608087015115157b01000000000000000000000000000000000000000000000000000000027fffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffff60ff9092167a01000000000000000000000000000000000000000000000000000002919091167fffffffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffff65ffffffffffff90931674010000000000000000000000000000000000000000027fffffffffffff0000000000000000000000000000000000000000000000000000909716959098169490941794909417939093169490941717905560a001516002909101805460c09290921c7fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000909216919091179055565b5f828152602081815260408083206001600160a01b038516845290915290205460ff1661153f576040517fe2517d3f0000000000000000000000000000000000000000000000000000000081526001600160a01b03821660048201526024810183905260440161076b565b5050565b5f60c082901c80820361155857505f92915050565b5f60405b80156116015761156d600882611b6e565b905060ff67ffffffffffffffff8416821c165f81900361159057600192506115fb565b82806115eb575060418167ffffffffffffffff16101580156115bd5750605a8167ffffffffffffffff1611155b806115e9575060308167ffffffffffffffff16101580156115e9575060398167ffffffffffffffff1611155b155b156115fb57505f95945050505050565b5061155c565b506001949350505050565b5f36601480821080159061164857507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b1561166e5761165b36828403815f611b81565b61166491611ba8565b60601c9250505090565b339250505090565b5f60208284031215611686575f5ffd5b81357fffffffff00000000000000000000000000000000000000000000000000000000811681146116b5575f5ffd5b9392505050565b5f602082840312156116cc575f5ffd5b5035919050565b80356001600160a01b0381168114611201575f5ffd5b5f5f604083850312156116fa575f5ffd5b8235915061170a602084016116d3565b90509250929050565b5f60208284031215611723575f5ffd5b6116b5826116d3565b5f5f6040838503121561173d575f5ffd5b611746836116d3565b915061170a602084016116d3565b65ffffffffffff81168114610fec575f5ffd5b8035600381900b8114611201575f5ffd5b5f5f5f5f5f5f5f5f60e0898b03121561178f575f5ffd5b611798896116d3565b975060208901356117a881611754565b965060408901356117b881611754565b95506117c660608a01611767565b94506117d460808a01611767565b935060a0890135925060c089013567ffffffffffffffff8111156117f6575f5ffd5b8901601f81018b13611806575f5ffd5b803567ffffffffffffffff81111561181c575f5ffd5b8b60208260051b8401011115611830575f5ffd5b989b979a50959850939692959194602001935050565b5f5f5f5f60808587031215611859575f5ffd5b611862856116d3565b9350602085013560ff81168114611877575f5ffd5b925060408501357fffffffffffffffff000000000000000000000000000000000000000000000000811681146118ab575f5ffd5b91506118b9606086016116d3565b905092959194509250565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112611924575f5ffd5b83018035915067ffffffffffffffff82111561193e575f5ffd5b602001915036819003821315611952575f5ffd5b9250929050565b5f5f6040838503121561196a575f5ffd5b825161197581611754565b602084015190925063ffffffff8116811461198e575f5ffd5b809150509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036119f6576119f6611999565b5060010190565b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b5f60e082016001600160a01b038b16835265ffffffffffff8a16602084015265ffffffffffff891660408401528760030b60608401528660030b60808401528560a084015260e060c084015280848252610100840190506101008560051b8501019150855f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1883603015b87821015611b5b577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008786030184528235818112611b0b575f5ffd5b890160208101903567ffffffffffffffff811115611b27575f5ffd5b803603821315611b35575f5ffd5b611b408782846119fd565b96505050602083019250602084019350600182019150611acf565b50929d9c50505050505050505050505050565b8181038181111561065957610659611999565b5f5f85851115611b8f575f5ffd5b83861115611b9b575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015611c07577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b509291505056",
}

// DeviceRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use DeviceRegistryMetaData.ABI instead.
var DeviceRegistryABI = DeviceRegistryMetaData.ABI

// DeviceRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DeviceRegistryMetaData.Bin instead.
var DeviceRegistryBin = DeviceRegistryMetaData.Bin

// DeployDeviceRegistry deploys a new Ethereum contract, binding an instance of DeviceRegistry to it.
func DeployDeviceRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, trustedForwarder common.Address, anchors common.Address, admin common.Address, registrars []common.Address, gateways []common.Address) (common.Address, *types.Transaction, *DeviceRegistry, error) {
	parsed, err := DeviceRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DeviceRegistryBin), backend, trustedForwarder, anchors, admin, registrars, gateways)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DeviceRegistry{DeviceRegistryCaller: DeviceRegistryCaller{contract: contract}, DeviceRegistryTransactor: DeviceRegistryTransactor{contract: contract}, DeviceRegistryFilterer: DeviceRegistryFilterer{contract: contract}}, nil
}

// DeviceRegistry is an auto generated Go binding around an Ethereum contract.
type DeviceRegistry struct {
	DeviceRegistryCaller     // Read-only binding to the contract
	DeviceRegistryTransactor // Write-only binding to the contract
	DeviceRegistryFilterer   // Log filterer for contract events
}

// DeviceRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type DeviceRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DeviceRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DeviceRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DeviceRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DeviceRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DeviceRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DeviceRegistrySession struct {
	Contract     *DeviceRegistry   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// DeviceRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DeviceRegistryCallerSession struct {
	Contract *DeviceRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// DeviceRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DeviceRegistryTransactorSession struct {
	Contract     *DeviceRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// DeviceRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type DeviceRegistryRaw struct {
	Contract *DeviceRegistry // Generic contract binding to access the raw methods on
}

// DeviceRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DeviceRegistryCallerRaw struct {
	Contract *DeviceRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// DeviceRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DeviceRegistryTransactorRaw struct {
	Contract *DeviceRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDeviceRegistry creates a new instance of DeviceRegistry, bound to a specific deployed contract.
func NewDeviceRegistry(address common.Address, backend bind.ContractBackend) (*DeviceRegistry, error) {
	contract, err := bindDeviceRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DeviceRegistry{DeviceRegistryCaller: DeviceRegistryCaller{contract: contract}, DeviceRegistryTransactor: DeviceRegistryTransactor{contract: contract}, DeviceRegistryFilterer: DeviceRegistryFilterer{contract: contract}}, nil
}

// NewDeviceRegistryCaller creates a new read-only instance of DeviceRegistry, bound to a specific deployed contract.
func NewDeviceRegistryCaller(address common.Address, caller bind.ContractCaller) (*DeviceRegistryCaller, error) {
	contract, err := bindDeviceRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DeviceRegistryCaller{contract: contract}, nil
}

// NewDeviceRegistryTransactor creates a new write-only instance of DeviceRegistry, bound to a specific deployed contract.
func NewDeviceRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*DeviceRegistryTransactor, error) {
	contract, err := bindDeviceRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DeviceRegistryTransactor{contract: contract}, nil
}

// NewDeviceRegistryFilterer creates a new log filterer instance of DeviceRegistry, bound to a specific deployed contract.
func NewDeviceRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*DeviceRegistryFilterer, error) {
	contract, err := bindDeviceRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DeviceRegistryFilterer{contract: contract}, nil
}

// bindDeviceRegistry binds a generic wrapper to an already deployed contract.
func bindDeviceRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DeviceRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DeviceRegistry *DeviceRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DeviceRegistry.Contract.DeviceRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DeviceRegistry *DeviceRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.DeviceRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DeviceRegistry *DeviceRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.DeviceRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DeviceRegistry *DeviceRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DeviceRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DeviceRegistry *DeviceRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DeviceRegistry *DeviceRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.contract.Transact(opts, method, params...)
}

// ANCHORS is a free data retrieval call binding the contract method 0x51d279ea.
//
// Solidity: function ANCHORS() view returns(address)
func (_DeviceRegistry *DeviceRegistryCaller) ANCHORS(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "ANCHORS")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ANCHORS is a free data retrieval call binding the contract method 0x51d279ea.
//
// Solidity: function ANCHORS() view returns(address)
func (_DeviceRegistry *DeviceRegistrySession) ANCHORS() (common.Address, error) {
	return _DeviceRegistry.Contract.ANCHORS(&_DeviceRegistry.CallOpts)
}

// ANCHORS is a free data retrieval call binding the contract method 0x51d279ea.
//
// Solidity: function ANCHORS() view returns(address)
func (_DeviceRegistry *DeviceRegistryCallerSession) ANCHORS() (common.Address, error) {
	return _DeviceRegistry.Contract.ANCHORS(&_DeviceRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_DeviceRegistry *DeviceRegistryCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_DeviceRegistry *DeviceRegistrySession) DEFAULTADMINROLE() ([32]byte, error) {
	return _DeviceRegistry.Contract.DEFAULTADMINROLE(&_DeviceRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_DeviceRegistry *DeviceRegistryCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _DeviceRegistry.Contract.DEFAULTADMINROLE(&_DeviceRegistry.CallOpts)
}

// DEVICEREGISTRARROLE is a free data retrieval call binding the contract method 0x2bb8c656.
//
// Solidity: function DEVICE_REGISTRAR_ROLE() view returns(bytes32)
func (_DeviceRegistry *DeviceRegistryCaller) DEVICEREGISTRARROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "DEVICE_REGISTRAR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEVICEREGISTRARROLE is a free data retrieval call binding the contract method 0x2bb8c656.
//
// Solidity: function DEVICE_REGISTRAR_ROLE() view returns(bytes32)
func (_DeviceRegistry *DeviceRegistrySession) DEVICEREGISTRARROLE() ([32]byte, error) {
	return _DeviceRegistry.Contract.DEVICEREGISTRARROLE(&_DeviceRegistry.CallOpts)
}

// DEVICEREGISTRARROLE is a free data retrieval call binding the contract method 0x2bb8c656.
//
// Solidity: function DEVICE_REGISTRAR_ROLE() view returns(bytes32)
func (_DeviceRegistry *DeviceRegistryCallerSession) DEVICEREGISTRARROLE() ([32]byte, error) {
	return _DeviceRegistry.Contract.DEVICEREGISTRARROLE(&_DeviceRegistry.CallOpts)
}

// KINDCOLDSTORE is a free data retrieval call binding the contract method 0x0e35f19a.
//
// Solidity: function KIND_COLD_STORE() view returns(uint8)
func (_DeviceRegistry *DeviceRegistryCaller) KINDCOLDSTORE(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "KIND_COLD_STORE")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// KINDCOLDSTORE is a free data retrieval call binding the contract method 0x0e35f19a.
//
// Solidity: function KIND_COLD_STORE() view returns(uint8)
func (_DeviceRegistry *DeviceRegistrySession) KINDCOLDSTORE() (uint8, error) {
	return _DeviceRegistry.Contract.KINDCOLDSTORE(&_DeviceRegistry.CallOpts)
}

// KINDCOLDSTORE is a free data retrieval call binding the contract method 0x0e35f19a.
//
// Solidity: function KIND_COLD_STORE() view returns(uint8)
func (_DeviceRegistry *DeviceRegistryCallerSession) KINDCOLDSTORE() (uint8, error) {
	return _DeviceRegistry.Contract.KINDCOLDSTORE(&_DeviceRegistry.CallOpts)
}

// MAXKIND is a free data retrieval call binding the contract method 0x8c24dadc.
//
// Solidity: function MAX_KIND() view returns(uint8)
func (_DeviceRegistry *DeviceRegistryCaller) MAXKIND(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "MAX_KIND")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// MAXKIND is a free data retrieval call binding the contract method 0x8c24dadc.
//
// Solidity: function MAX_KIND() view returns(uint8)
func (_DeviceRegistry *DeviceRegistrySession) MAXKIND() (uint8, error) {
	return _DeviceRegistry.Contract.MAXKIND(&_DeviceRegistry.CallOpts)
}

// MAXKIND is a free data retrieval call binding the contract method 0x8c24dadc.
//
// Solidity: function MAX_KIND() view returns(uint8)
func (_DeviceRegistry *DeviceRegistryCallerSession) MAXKIND() (uint8, error) {
	return _DeviceRegistry.Contract.MAXKIND(&_DeviceRegistry.CallOpts)
}

// MAXLOTS is a free data retrieval call binding the contract method 0xcec117ba.
//
// Solidity: function MAX_LOTS() view returns(uint256)
func (_DeviceRegistry *DeviceRegistryCaller) MAXLOTS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "MAX_LOTS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXLOTS is a free data retrieval call binding the contract method 0xcec117ba.
//
// Solidity: function MAX_LOTS() view returns(uint256)
func (_DeviceRegistry *DeviceRegistrySession) MAXLOTS() (*big.Int, error) {
	return _DeviceRegistry.Contract.MAXLOTS(&_DeviceRegistry.CallOpts)
}

// MAXLOTS is a free data retrieval call binding the contract method 0xcec117ba.
//
// Solidity: function MAX_LOTS() view returns(uint256)
func (_DeviceRegistry *DeviceRegistryCallerSession) MAXLOTS() (*big.Int, error) {
	return _DeviceRegistry.Contract.MAXLOTS(&_DeviceRegistry.CallOpts)
}

// MAXLOTLENGTH is a free data retrieval call binding the contract method 0xe9cf6863.
//
// Solidity: function MAX_LOT_LENGTH() view returns(uint256)
func (_DeviceRegistry *DeviceRegistryCaller) MAXLOTLENGTH(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "MAX_LOT_LENGTH")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXLOTLENGTH is a free data retrieval call binding the contract method 0xe9cf6863.
//
// Solidity: function MAX_LOT_LENGTH() view returns(uint256)
func (_DeviceRegistry *DeviceRegistrySession) MAXLOTLENGTH() (*big.Int, error) {
	return _DeviceRegistry.Contract.MAXLOTLENGTH(&_DeviceRegistry.CallOpts)
}

// MAXLOTLENGTH is a free data retrieval call binding the contract method 0xe9cf6863.
//
// Solidity: function MAX_LOT_LENGTH() view returns(uint256)
func (_DeviceRegistry *DeviceRegistryCallerSession) MAXLOTLENGTH() (*big.Int, error) {
	return _DeviceRegistry.Contract.MAXLOTLENGTH(&_DeviceRegistry.CallOpts)
}

// TELEMETRYGATEWAYROLE is a free data retrieval call binding the contract method 0x9f694d86.
//
// Solidity: function TELEMETRY_GATEWAY_ROLE() view returns(bytes32)
func (_DeviceRegistry *DeviceRegistryCaller) TELEMETRYGATEWAYROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "TELEMETRY_GATEWAY_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// TELEMETRYGATEWAYROLE is a free data retrieval call binding the contract method 0x9f694d86.
//
// Solidity: function TELEMETRY_GATEWAY_ROLE() view returns(bytes32)
func (_DeviceRegistry *DeviceRegistrySession) TELEMETRYGATEWAYROLE() ([32]byte, error) {
	return _DeviceRegistry.Contract.TELEMETRYGATEWAYROLE(&_DeviceRegistry.CallOpts)
}

// TELEMETRYGATEWAYROLE is a free data retrieval call binding the contract method 0x9f694d86.
//
// Solidity: function TELEMETRY_GATEWAY_ROLE() view returns(bytes32)
func (_DeviceRegistry *DeviceRegistryCallerSession) TELEMETRYGATEWAYROLE() ([32]byte, error) {
	return _DeviceRegistry.Contract.TELEMETRYGATEWAYROLE(&_DeviceRegistry.CallOpts)
}

// DeviceOf is a free data retrieval call binding the contract method 0x52b9fa79.
//
// Solidity: function deviceOf(address device) view returns((address,address,uint48,uint8,bool,bytes8))
func (_DeviceRegistry *DeviceRegistryCaller) DeviceOf(opts *bind.CallOpts, device common.Address) (IDeviceRegistryDevice, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "deviceOf", device)

	if err != nil {
		return *new(IDeviceRegistryDevice), err
	}

	out0 := *abi.ConvertType(out[0], new(IDeviceRegistryDevice)).(*IDeviceRegistryDevice)

	return out0, err

}

// DeviceOf is a free data retrieval call binding the contract method 0x52b9fa79.
//
// Solidity: function deviceOf(address device) view returns((address,address,uint48,uint8,bool,bytes8))
func (_DeviceRegistry *DeviceRegistrySession) DeviceOf(device common.Address) (IDeviceRegistryDevice, error) {
	return _DeviceRegistry.Contract.DeviceOf(&_DeviceRegistry.CallOpts, device)
}

// DeviceOf is a free data retrieval call binding the contract method 0x52b9fa79.
//
// Solidity: function deviceOf(address device) view returns((address,address,uint48,uint8,bool,bytes8))
func (_DeviceRegistry *DeviceRegistryCallerSession) DeviceOf(device common.Address) (IDeviceRegistryDevice, error) {
	return _DeviceRegistry.Contract.DeviceOf(&_DeviceRegistry.CallOpts, device)
}

// ExcursionCount is a free data retrieval call binding the contract method 0xecb302ff.
//
// Solidity: function excursionCount() view returns(uint256)
func (_DeviceRegistry *DeviceRegistryCaller) ExcursionCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "excursionCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ExcursionCount is a free data retrieval call binding the contract method 0xecb302ff.
//
// Solidity: function excursionCount() view returns(uint256)
func (_DeviceRegistry *DeviceRegistrySession) ExcursionCount() (*big.Int, error) {
	return _DeviceRegistry.Contract.ExcursionCount(&_DeviceRegistry.CallOpts)
}

// ExcursionCount is a free data retrieval call binding the contract method 0xecb302ff.
//
// Solidity: function excursionCount() view returns(uint256)
func (_DeviceRegistry *DeviceRegistryCallerSession) ExcursionCount() (*big.Int, error) {
	return _DeviceRegistry.Contract.ExcursionCount(&_DeviceRegistry.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_DeviceRegistry *DeviceRegistryCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_DeviceRegistry *DeviceRegistrySession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _DeviceRegistry.Contract.GetRoleAdmin(&_DeviceRegistry.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_DeviceRegistry *DeviceRegistryCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _DeviceRegistry.Contract.GetRoleAdmin(&_DeviceRegistry.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_DeviceRegistry *DeviceRegistryCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_DeviceRegistry *DeviceRegistrySession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _DeviceRegistry.Contract.HasRole(&_DeviceRegistry.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_DeviceRegistry *DeviceRegistryCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _DeviceRegistry.Contract.HasRole(&_DeviceRegistry.CallOpts, role, account)
}

// IsActive is a free data retrieval call binding the contract method 0x9f8a13d7.
//
// Solidity: function isActive(address device) view returns(bool)
func (_DeviceRegistry *DeviceRegistryCaller) IsActive(opts *bind.CallOpts, device common.Address) (bool, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "isActive", device)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsActive is a free data retrieval call binding the contract method 0x9f8a13d7.
//
// Solidity: function isActive(address device) view returns(bool)
func (_DeviceRegistry *DeviceRegistrySession) IsActive(device common.Address) (bool, error) {
	return _DeviceRegistry.Contract.IsActive(&_DeviceRegistry.CallOpts, device)
}

// IsActive is a free data retrieval call binding the contract method 0x9f8a13d7.
//
// Solidity: function isActive(address device) view returns(bool)
func (_DeviceRegistry *DeviceRegistryCallerSession) IsActive(device common.Address) (bool, error) {
	return _DeviceRegistry.Contract.IsActive(&_DeviceRegistry.CallOpts, device)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_DeviceRegistry *DeviceRegistryCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_DeviceRegistry *DeviceRegistrySession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _DeviceRegistry.Contract.IsTrustedForwarder(&_DeviceRegistry.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_DeviceRegistry *DeviceRegistryCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _DeviceRegistry.Contract.IsTrustedForwarder(&_DeviceRegistry.CallOpts, forwarder)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_DeviceRegistry *DeviceRegistryCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_DeviceRegistry *DeviceRegistrySession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _DeviceRegistry.Contract.SupportsInterface(&_DeviceRegistry.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_DeviceRegistry *DeviceRegistryCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _DeviceRegistry.Contract.SupportsInterface(&_DeviceRegistry.CallOpts, interfaceId)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_DeviceRegistry *DeviceRegistryCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DeviceRegistry.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_DeviceRegistry *DeviceRegistrySession) TrustedForwarder() (common.Address, error) {
	return _DeviceRegistry.Contract.TrustedForwarder(&_DeviceRegistry.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_DeviceRegistry *DeviceRegistryCallerSession) TrustedForwarder() (common.Address, error) {
	return _DeviceRegistry.Contract.TrustedForwarder(&_DeviceRegistry.CallOpts)
}

// Deregister is a paid mutator transaction binding the contract method 0x84ac33ec.
//
// Solidity: function deregister(address device) returns()
func (_DeviceRegistry *DeviceRegistryTransactor) Deregister(opts *bind.TransactOpts, device common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.contract.Transact(opts, "deregister", device)
}

// Deregister is a paid mutator transaction binding the contract method 0x84ac33ec.
//
// Solidity: function deregister(address device) returns()
func (_DeviceRegistry *DeviceRegistrySession) Deregister(device common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.Deregister(&_DeviceRegistry.TransactOpts, device)
}

// Deregister is a paid mutator transaction binding the contract method 0x84ac33ec.
//
// Solidity: function deregister(address device) returns()
func (_DeviceRegistry *DeviceRegistryTransactorSession) Deregister(device common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.Deregister(&_DeviceRegistry.TransactOpts, device)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_DeviceRegistry *DeviceRegistryTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_DeviceRegistry *DeviceRegistrySession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.GrantRole(&_DeviceRegistry.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_DeviceRegistry *DeviceRegistryTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.GrantRole(&_DeviceRegistry.TransactOpts, role, account)
}

// RecordExcursion is a paid mutator transaction binding the contract method 0xc9e78bf4.
//
// Solidity: function recordExcursion(address device, uint48 startedAt, uint48 endedAt, int32 minCentiCelsius, int32 maxCentiCelsius, bytes32 batchRoot, string[] affectedLots) returns()
func (_DeviceRegistry *DeviceRegistryTransactor) RecordExcursion(opts *bind.TransactOpts, device common.Address, startedAt *big.Int, endedAt *big.Int, minCentiCelsius int32, maxCentiCelsius int32, batchRoot [32]byte, affectedLots []string) (*types.Transaction, error) {
	return _DeviceRegistry.contract.Transact(opts, "recordExcursion", device, startedAt, endedAt, minCentiCelsius, maxCentiCelsius, batchRoot, affectedLots)
}

// RecordExcursion is a paid mutator transaction binding the contract method 0xc9e78bf4.
//
// Solidity: function recordExcursion(address device, uint48 startedAt, uint48 endedAt, int32 minCentiCelsius, int32 maxCentiCelsius, bytes32 batchRoot, string[] affectedLots) returns()
func (_DeviceRegistry *DeviceRegistrySession) RecordExcursion(device common.Address, startedAt *big.Int, endedAt *big.Int, minCentiCelsius int32, maxCentiCelsius int32, batchRoot [32]byte, affectedLots []string) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.RecordExcursion(&_DeviceRegistry.TransactOpts, device, startedAt, endedAt, minCentiCelsius, maxCentiCelsius, batchRoot, affectedLots)
}

// RecordExcursion is a paid mutator transaction binding the contract method 0xc9e78bf4.
//
// Solidity: function recordExcursion(address device, uint48 startedAt, uint48 endedAt, int32 minCentiCelsius, int32 maxCentiCelsius, bytes32 batchRoot, string[] affectedLots) returns()
func (_DeviceRegistry *DeviceRegistryTransactorSession) RecordExcursion(device common.Address, startedAt *big.Int, endedAt *big.Int, minCentiCelsius int32, maxCentiCelsius int32, batchRoot [32]byte, affectedLots []string) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.RecordExcursion(&_DeviceRegistry.TransactOpts, device, startedAt, endedAt, minCentiCelsius, maxCentiCelsius, batchRoot, affectedLots)
}

// Register is a paid mutator transaction binding the contract method 0xddc469ed.
//
// Solidity: function register(address device, uint8 kind, bytes8 site, address patient) returns()
func (_DeviceRegistry *DeviceRegistryTransactor) Register(opts *bind.TransactOpts, device common.Address, kind uint8, site [8]byte, patient common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.contract.Transact(opts, "register", device, kind, site, patient)
}

// Register is a paid mutator transaction binding the contract method 0xddc469ed.
//
// Solidity: function register(address device, uint8 kind, bytes8 site, address patient) returns()
func (_DeviceRegistry *DeviceRegistrySession) Register(device common.Address, kind uint8, site [8]byte, patient common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.Register(&_DeviceRegistry.TransactOpts, device, kind, site, patient)
}

// Register is a paid mutator transaction binding the contract method 0xddc469ed.
//
// Solidity: function register(address device, uint8 kind, bytes8 site, address patient) returns()
func (_DeviceRegistry *DeviceRegistryTransactorSession) Register(device common.Address, kind uint8, site [8]byte, patient common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.Register(&_DeviceRegistry.TransactOpts, device, kind, site, patient)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_DeviceRegistry *DeviceRegistryTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_DeviceRegistry *DeviceRegistrySession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.RenounceRole(&_DeviceRegistry.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_DeviceRegistry *DeviceRegistryTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.RenounceRole(&_DeviceRegistry.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_DeviceRegistry *DeviceRegistryTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_DeviceRegistry *DeviceRegistrySession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.RevokeRole(&_DeviceRegistry.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_DeviceRegistry *DeviceRegistryTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.RevokeRole(&_DeviceRegistry.TransactOpts, role, account)
}

// RotateKey is a paid mutator transaction binding the contract method 0x7060f7f7.
//
// Solidity: function rotateKey(address device, address newDevice) returns()
func (_DeviceRegistry *DeviceRegistryTransactor) RotateKey(opts *bind.TransactOpts, device common.Address, newDevice common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.contract.Transact(opts, "rotateKey", device, newDevice)
}

// RotateKey is a paid mutator transaction binding the contract method 0x7060f7f7.
//
// Solidity: function rotateKey(address device, address newDevice) returns()
func (_DeviceRegistry *DeviceRegistrySession) RotateKey(device common.Address, newDevice common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.RotateKey(&_DeviceRegistry.TransactOpts, device, newDevice)
}

// RotateKey is a paid mutator transaction binding the contract method 0x7060f7f7.
//
// Solidity: function rotateKey(address device, address newDevice) returns()
func (_DeviceRegistry *DeviceRegistryTransactorSession) RotateKey(device common.Address, newDevice common.Address) (*types.Transaction, error) {
	return _DeviceRegistry.Contract.RotateKey(&_DeviceRegistry.TransactOpts, device, newDevice)
}

// DeviceRegistryDeviceDeregisteredIterator is returned from FilterDeviceDeregistered and is used to iterate over the raw logs and unpacked data for DeviceDeregistered events raised by the DeviceRegistry contract.
type DeviceRegistryDeviceDeregisteredIterator struct {
	Event *DeviceRegistryDeviceDeregistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DeviceRegistryDeviceDeregisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DeviceRegistryDeviceDeregistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DeviceRegistryDeviceDeregistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DeviceRegistryDeviceDeregisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DeviceRegistryDeviceDeregisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DeviceRegistryDeviceDeregistered represents a DeviceDeregistered event raised by the DeviceRegistry contract.
type DeviceRegistryDeviceDeregistered struct {
	Device common.Address
	By     common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterDeviceDeregistered is a free log retrieval operation binding the contract event 0x73d15b3e6e961d09c78357c98ffbc863c81e1cb5232292ec47b99e884694634b.
//
// Solidity: event DeviceDeregistered(address indexed device, address indexed by)
func (_DeviceRegistry *DeviceRegistryFilterer) FilterDeviceDeregistered(opts *bind.FilterOpts, device []common.Address, by []common.Address) (*DeviceRegistryDeviceDeregisteredIterator, error) {

	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _DeviceRegistry.contract.FilterLogs(opts, "DeviceDeregistered", deviceRule, byRule)
	if err != nil {
		return nil, err
	}
	return &DeviceRegistryDeviceDeregisteredIterator{contract: _DeviceRegistry.contract, event: "DeviceDeregistered", logs: logs, sub: sub}, nil
}

// WatchDeviceDeregistered is a free log subscription operation binding the contract event 0x73d15b3e6e961d09c78357c98ffbc863c81e1cb5232292ec47b99e884694634b.
//
// Solidity: event DeviceDeregistered(address indexed device, address indexed by)
func (_DeviceRegistry *DeviceRegistryFilterer) WatchDeviceDeregistered(opts *bind.WatchOpts, sink chan<- *DeviceRegistryDeviceDeregistered, device []common.Address, by []common.Address) (event.Subscription, error) {

	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _DeviceRegistry.contract.WatchLogs(opts, "DeviceDeregistered", deviceRule, byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DeviceRegistryDeviceDeregistered)
				if err := _DeviceRegistry.contract.UnpackLog(event, "DeviceDeregistered", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDeviceDeregistered is a log parse operation binding the contract event 0x73d15b3e6e961d09c78357c98ffbc863c81e1cb5232292ec47b99e884694634b.
//
// Solidity: event DeviceDeregistered(address indexed device, address indexed by)
func (_DeviceRegistry *DeviceRegistryFilterer) ParseDeviceDeregistered(log types.Log) (*DeviceRegistryDeviceDeregistered, error) {
	event := new(DeviceRegistryDeviceDeregistered)
	if err := _DeviceRegistry.contract.UnpackLog(event, "DeviceDeregistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DeviceRegistryDeviceKeyRotatedIterator is returned from FilterDeviceKeyRotated and is used to iterate over the raw logs and unpacked data for DeviceKeyRotated events raised by the DeviceRegistry contract.
type DeviceRegistryDeviceKeyRotatedIterator struct {
	Event *DeviceRegistryDeviceKeyRotated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DeviceRegistryDeviceKeyRotatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DeviceRegistryDeviceKeyRotated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DeviceRegistryDeviceKeyRotated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DeviceRegistryDeviceKeyRotatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DeviceRegistryDeviceKeyRotatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DeviceRegistryDeviceKeyRotated represents a DeviceKeyRotated event raised by the DeviceRegistry contract.
type DeviceRegistryDeviceKeyRotated struct {
	Device    common.Address
	NewDevice common.Address
	Registrar common.Address
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterDeviceKeyRotated is a free log retrieval operation binding the contract event 0x38d33ffb3db8c73df0b61b9218ec26351dfb12123422666990362a5e4f18b8d2.
//
// Solidity: event DeviceKeyRotated(address indexed device, address indexed newDevice, address indexed registrar)
func (_DeviceRegistry *DeviceRegistryFilterer) FilterDeviceKeyRotated(opts *bind.FilterOpts, device []common.Address, newDevice []common.Address, registrar []common.Address) (*DeviceRegistryDeviceKeyRotatedIterator, error) {

	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}
	var newDeviceRule []interface{}
	for _, newDeviceItem := range newDevice {
		newDeviceRule = append(newDeviceRule, newDeviceItem)
	}
	var registrarRule []interface{}
	for _, registrarItem := range registrar {
		registrarRule = append(registrarRule, registrarItem)
	}

	logs, sub, err := _DeviceRegistry.contract.FilterLogs(opts, "DeviceKeyRotated", deviceRule, newDeviceRule, registrarRule)
	if err != nil {
		return nil, err
	}
	return &DeviceRegistryDeviceKeyRotatedIterator{contract: _DeviceRegistry.contract, event: "DeviceKeyRotated", logs: logs, sub: sub}, nil
}

// WatchDeviceKeyRotated is a free log subscription operation binding the contract event 0x38d33ffb3db8c73df0b61b9218ec26351dfb12123422666990362a5e4f18b8d2.
//
// Solidity: event DeviceKeyRotated(address indexed device, address indexed newDevice, address indexed registrar)
func (_DeviceRegistry *DeviceRegistryFilterer) WatchDeviceKeyRotated(opts *bind.WatchOpts, sink chan<- *DeviceRegistryDeviceKeyRotated, device []common.Address, newDevice []common.Address, registrar []common.Address) (event.Subscription, error) {

	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}
	var newDeviceRule []interface{}
	for _, newDeviceItem := range newDevice {
		newDeviceRule = append(newDeviceRule, newDeviceItem)
	}
	var registrarRule []interface{}
	for _, registrarItem := range registrar {
		registrarRule = append(registrarRule, registrarItem)
	}

	logs, sub, err := _DeviceRegistry.contract.WatchLogs(opts, "DeviceKeyRotated", deviceRule, newDeviceRule, registrarRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DeviceRegistryDeviceKeyRotated)
				if err := _DeviceRegistry.contract.UnpackLog(event, "DeviceKeyRotated", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDeviceKeyRotated is a log parse operation binding the contract event 0x38d33ffb3db8c73df0b61b9218ec26351dfb12123422666990362a5e4f18b8d2.
//
// Solidity: event DeviceKeyRotated(address indexed device, address indexed newDevice, address indexed registrar)
func (_DeviceRegistry *DeviceRegistryFilterer) ParseDeviceKeyRotated(log types.Log) (*DeviceRegistryDeviceKeyRotated, error) {
	event := new(DeviceRegistryDeviceKeyRotated)
	if err := _DeviceRegistry.contract.UnpackLog(event, "DeviceKeyRotated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DeviceRegistryDeviceRegisteredIterator is returned from FilterDeviceRegistered and is used to iterate over the raw logs and unpacked data for DeviceRegistered events raised by the DeviceRegistry contract.
type DeviceRegistryDeviceRegisteredIterator struct {
	Event *DeviceRegistryDeviceRegistered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DeviceRegistryDeviceRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DeviceRegistryDeviceRegistered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DeviceRegistryDeviceRegistered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DeviceRegistryDeviceRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DeviceRegistryDeviceRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DeviceRegistryDeviceRegistered represents a DeviceRegistered event raised by the DeviceRegistry contract.
type DeviceRegistryDeviceRegistered struct {
	Device    common.Address
	Registrar common.Address
	Patient   common.Address
	Kind      uint8
	Site      [8]byte
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterDeviceRegistered is a free log retrieval operation binding the contract event 0x2d86f7b868961fdd7f78e1afefe632a55ffe398127f69ab19cbc647ab95df47e.
//
// Solidity: event DeviceRegistered(address indexed device, address indexed registrar, address indexed patient, uint8 kind, bytes8 site)
func (_DeviceRegistry *DeviceRegistryFilterer) FilterDeviceRegistered(opts *bind.FilterOpts, device []common.Address, registrar []common.Address, patient []common.Address) (*DeviceRegistryDeviceRegisteredIterator, error) {

	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}
	var registrarRule []interface{}
	for _, registrarItem := range registrar {
		registrarRule = append(registrarRule, registrarItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}

	logs, sub, err := _DeviceRegistry.contract.FilterLogs(opts, "DeviceRegistered", deviceRule, registrarRule, patientRule)
	if err != nil {
		return nil, err
	}
	return &DeviceRegistryDeviceRegisteredIterator{contract: _DeviceRegistry.contract, event: "DeviceRegistered", logs: logs, sub: sub}, nil
}

// WatchDeviceRegistered is a free log subscription operation binding the contract event 0x2d86f7b868961fdd7f78e1afefe632a55ffe398127f69ab19cbc647ab95df47e.
//
// Solidity: event DeviceRegistered(address indexed device, address indexed registrar, address indexed patient, uint8 kind, bytes8 site)
func (_DeviceRegistry *DeviceRegistryFilterer) WatchDeviceRegistered(opts *bind.WatchOpts, sink chan<- *DeviceRegistryDeviceRegistered, device []common.Address, registrar []common.Address, patient []common.Address) (event.Subscription, error) {

	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}
	var registrarRule []interface{}
	for _, registrarItem := range registrar {
		registrarRule = append(registrarRule, registrarItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}

	logs, sub, err := _DeviceRegistry.contract.WatchLogs(opts, "DeviceRegistered", deviceRule, registrarRule, patientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DeviceRegistryDeviceRegistered)
				if err := _DeviceRegistry.contract.UnpackLog(event, "DeviceRegistered", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDeviceRegistered is a log parse operation binding the contract event 0x2d86f7b868961fdd7f78e1afefe632a55ffe398127f69ab19cbc647ab95df47e.
//
// Solidity: event DeviceRegistered(address indexed device, address indexed registrar, address indexed patient, uint8 kind, bytes8 site)
func (_DeviceRegistry *DeviceRegistryFilterer) ParseDeviceRegistered(log types.Log) (*DeviceRegistryDeviceRegistered, error) {
	event := new(DeviceRegistryDeviceRegistered)
	if err := _DeviceRegistry.contract.UnpackLog(event, "DeviceRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DeviceRegistryExcursionRecordedIterator is returned from FilterExcursionRecorded and is used to iterate over the raw logs and unpacked data for ExcursionRecorded events raised by the DeviceRegistry contract.
type DeviceRegistryExcursionRecordedIterator struct {
	Event *DeviceRegistryExcursionRecorded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DeviceRegistryExcursionRecordedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DeviceRegistryExcursionRecorded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DeviceRegistryExcursionRecorded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DeviceRegistryExcursionRecordedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DeviceRegistryExcursionRecordedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DeviceRegistryExcursionRecorded represents a ExcursionRecorded event raised by the DeviceRegistry contract.
type DeviceRegistryExcursionRecorded struct {
	ExcursionId     *big.Int
	Device          common.Address
	Site            [8]byte
	Gateway         common.Address
	StartedAt       *big.Int
	EndedAt         *big.Int
	MinCentiCelsius int32
	MaxCentiCelsius int32
	BatchRoot       [32]byte
	AffectedLots    []string
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterExcursionRecorded is a free log retrieval operation binding the contract event 0xaa8f3905b87c72a82234eae600421c97f8253ef8243ccb3c35654b8ed2299e7c.
//
// Solidity: event ExcursionRecorded(uint256 indexed excursionId, address indexed device, bytes8 indexed site, address gateway, uint48 startedAt, uint48 endedAt, int32 minCentiCelsius, int32 maxCentiCelsius, bytes32 batchRoot, string[] affectedLots)
func (_DeviceRegistry *DeviceRegistryFilterer) FilterExcursionRecorded(opts *bind.FilterOpts, excursionId []*big.Int, device []common.Address, site [][8]byte) (*DeviceRegistryExcursionRecordedIterator, error) {

	var excursionIdRule []interface{}
	for _, excursionIdItem := range excursionId {
		excursionIdRule = append(excursionIdRule, excursionIdItem)
	}
	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}
	var siteRule []interface{}
	for _, siteItem := range site {
		siteRule = append(siteRule, siteItem)
	}

	logs, sub, err := _DeviceRegistry.contract.FilterLogs(opts, "ExcursionRecorded", excursionIdRule, deviceRule, siteRule)
	if err != nil {
		return nil, err
	}
	return &DeviceRegistryExcursionRecordedIterator{contract: _DeviceRegistry.contract, event: "ExcursionRecorded", logs: logs, sub: sub}, nil
}

// WatchExcursionRecorded is a free log subscription operation binding the contract event 0xaa8f3905b87c72a82234eae600421c97f8253ef8243ccb3c35654b8ed2299e7c.
//
// Solidity: event ExcursionRecorded(uint256 indexed excursionId, address indexed device, bytes8 indexed site, address gateway, uint48 startedAt, uint48 endedAt, int32 minCentiCelsius, int32 maxCentiCelsius, bytes32 batchRoot, string[] affectedLots)
func (_DeviceRegistry *DeviceRegistryFilterer) WatchExcursionRecorded(opts *bind.WatchOpts, sink chan<- *DeviceRegistryExcursionRecorded, excursionId []*big.Int, device []common.Address, site [][8]byte) (event.Subscription, error) {

	var excursionIdRule []interface{}
	for _, excursionIdItem := range excursionId {
		excursionIdRule = append(excursionIdRule, excursionIdItem)
	}
	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}
	var siteRule []interface{}
	for _, siteItem := range site {
		siteRule = append(siteRule, siteItem)
	}

	logs, sub, err := _DeviceRegistry.contract.WatchLogs(opts, "ExcursionRecorded", excursionIdRule, deviceRule, siteRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DeviceRegistryExcursionRecorded)
				if err := _DeviceRegistry.contract.UnpackLog(event, "ExcursionRecorded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExcursionRecorded is a log parse operation binding the contract event 0xaa8f3905b87c72a82234eae600421c97f8253ef8243ccb3c35654b8ed2299e7c.
//
// Solidity: event ExcursionRecorded(uint256 indexed excursionId, address indexed device, bytes8 indexed site, address gateway, uint48 startedAt, uint48 endedAt, int32 minCentiCelsius, int32 maxCentiCelsius, bytes32 batchRoot, string[] affectedLots)
func (_DeviceRegistry *DeviceRegistryFilterer) ParseExcursionRecorded(log types.Log) (*DeviceRegistryExcursionRecorded, error) {
	event := new(DeviceRegistryExcursionRecorded)
	if err := _DeviceRegistry.contract.UnpackLog(event, "ExcursionRecorded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DeviceRegistryRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the DeviceRegistry contract.
type DeviceRegistryRoleAdminChangedIterator struct {
	Event *DeviceRegistryRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DeviceRegistryRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DeviceRegistryRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DeviceRegistryRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DeviceRegistryRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DeviceRegistryRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DeviceRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the DeviceRegistry contract.
type DeviceRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_DeviceRegistry *DeviceRegistryFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*DeviceRegistryRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _DeviceRegistry.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &DeviceRegistryRoleAdminChangedIterator{contract: _DeviceRegistry.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_DeviceRegistry *DeviceRegistryFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *DeviceRegistryRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _DeviceRegistry.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DeviceRegistryRoleAdminChanged)
				if err := _DeviceRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_DeviceRegistry *DeviceRegistryFilterer) ParseRoleAdminChanged(log types.Log) (*DeviceRegistryRoleAdminChanged, error) {
	event := new(DeviceRegistryRoleAdminChanged)
	if err := _DeviceRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DeviceRegistryRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the DeviceRegistry contract.
type DeviceRegistryRoleGrantedIterator struct {
	Event *DeviceRegistryRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DeviceRegistryRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DeviceRegistryRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DeviceRegistryRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DeviceRegistryRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DeviceRegistryRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DeviceRegistryRoleGranted represents a RoleGranted event raised by the DeviceRegistry contract.
type DeviceRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_DeviceRegistry *DeviceRegistryFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*DeviceRegistryRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _DeviceRegistry.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &DeviceRegistryRoleGrantedIterator{contract: _DeviceRegistry.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_DeviceRegistry *DeviceRegistryFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *DeviceRegistryRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _DeviceRegistry.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DeviceRegistryRoleGranted)
				if err := _DeviceRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_DeviceRegistry *DeviceRegistryFilterer) ParseRoleGranted(log types.Log) (*DeviceRegistryRoleGranted, error) {
	event := new(DeviceRegistryRoleGranted)
	if err := _DeviceRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DeviceRegistryRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the DeviceRegistry contract.
type DeviceRegistryRoleRevokedIterator struct {
	Event *DeviceRegistryRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *DeviceRegistryRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DeviceRegistryRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(DeviceRegistryRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *DeviceRegistryRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DeviceRegistryRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DeviceRegistryRoleRevoked represents a RoleRevoked event raised by the DeviceRegistry contract.
type DeviceRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_DeviceRegistry *DeviceRegistryFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*DeviceRegistryRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _DeviceRegistry.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &DeviceRegistryRoleRevokedIterator{contract: _DeviceRegistry.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_DeviceRegistry *DeviceRegistryFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *DeviceRegistryRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _DeviceRegistry.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DeviceRegistryRoleRevoked)
				if err := _DeviceRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_DeviceRegistry *DeviceRegistryFilterer) ParseRoleRevoked(log types.Log) (*DeviceRegistryRoleRevoked, error) {
	event := new(DeviceRegistryRoleRevoked)
	if err := _DeviceRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
