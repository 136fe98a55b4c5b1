// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Handler} from "./utils/Handler.sol";
import {BevanFixture} from "./utils/BevanFixture.sol";
import {RecordAnchor} from "../src/RecordAnchor.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";
import {Errors} from "@openzeppelin/contracts/utils/Errors.sol";

/// @dev Two custodians (one signs through the relayer), a non-custodian trying its luck, the DAO's timelock
/// granting and revoking the second custodian's role, and time passing. Versions and batch roots come from small
/// pools shared by both custodians, so that re-anchoring, superseding, duplicate batches, and one custodian using
/// the other's record ids, versions and roots (which must not touch the other's records) happen often. Outcomes are predicted from ghost
/// state; surprises are counted. Calls that must succeed (the timelock's role changes) are made without `try`, so a
/// revert fails the run (`fail_on_revert = true`); calls that may revert check the exact error.
contract AnchorHandler is Handler {
    struct GhostAnchor {
        bytes32 recordId;
        bytes32 contentHash;
        address custodian;
        uint48 anchoredAt;
        bool wasCustodian; // per the ghost role state at the time
    }

    struct GhostBatch {
        bytes32 root;
        address custodian;
        uint48 anchoredAt;
        uint32 leafCount;
        bool wasCustodian;
    }

    RecordAnchor internal immutable anchors;
    ERC2771Forwarder internal immutable forwarder;
    address internal immutable relayer;
    address internal immutable timelock;
    bytes32 internal immutable role;

    address public immutable custodian1;
    uint256 internal immutable custodian2Key;
    address public immutable custodian2;

    GhostAnchor[] internal ghostAnchors;
    GhostBatch[] internal ghostBatches;
    mapping(bytes32 anchorKey => bool) public anchored; // keccak256(abi.encode(custodian, recordId, contentHash))
    mapping(bytes32 batchKey => bool) public batched; // keccak256(abi.encode(custodian, root))
    mapping(address account => bool) public ghostCustodian;

    constructor(
        RecordAnchor anchors_,
        ERC2771Forwarder forwarder_,
        address relayer_,
        address timelock_,
        address custodian1_,
        uint256 custodian2Key_
    ) Handler(30 days) {
        anchors = anchors_;
        forwarder = forwarder_;
        relayer = relayer_;
        timelock = timelock_;
        role = anchors_.CUSTODIAN_ROLE();
        custodian1 = custodian1_;
        custodian2Key = custodian2Key_;
        custodian2 = vm.addr(custodian2Key_);
        ghostCustodian[custodian1_] = true;
        ghostCustodian[custodian2] = anchors_.hasRole(role, custodian2);
    }

    // ------------------------------------------------------------ views for invariants

    function allAnchors() external view returns (GhostAnchor[] memory) {
        return ghostAnchors;
    }

    function allBatches() external view returns (GhostBatch[] memory) {
        return ghostBatches;
    }

    /// @dev Every record id, content hash and batch root the actions can use (the zero ids included).
    function pools()
        external
        pure
        returns (bytes32[] memory records, bytes32[] memory contents, bytes32[] memory roots)
    {
        records = new bytes32[](4);
        for (uint256 i = 0; i < 3; ++i) {
            records[i] = _record(i);
        }
        contents = new bytes32[](5);
        for (uint256 i = 0; i < 5; ++i) {
            contents[i] = _content(i);
        }
        roots = new bytes32[](7);
        for (uint256 i = 0; i < 6; ++i) {
            roots[i] = _root(i);
        }
    }

    // -------------------------------------------------------------------- actions

    function _who(uint256 seed) internal view returns (address) {
        return _pick(seed, custodian1, custodian2);
    }

    function _record(uint256 seed) internal pure returns (bytes32) {
        return keccak256(abi.encode("record", seed % 3));
    }

    function _content(uint256 seed) internal pure returns (bytes32) {
        return keccak256(abi.encode("content", seed % 5));
    }

    function _root(uint256 seed) internal pure returns (bytes32) {
        return keccak256(abi.encode("root", seed % 6));
    }

    /// @dev What anchor(recordId, contentHash, supersedes) by `by` should do: the expected revert data, or empty.
    function _expectedAnchorError(address by, bytes32 recordId, bytes32 contentHash, bytes32 supersedes)
        internal
        view
        returns (bytes memory)
    {
        if (!ghostCustodian[by]) {
            return abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, by, role);
        }
        if (recordId == 0 || contentHash == 0 || supersedes == contentHash) {
            return abi.encodeWithSelector(RecordAnchor.InvalidRecord.selector, recordId, contentHash);
        }
        if (anchored[keccak256(abi.encode(by, recordId, contentHash))]) {
            return abi.encodeWithSelector(RecordAnchor.AlreadyAnchored.selector, recordId, contentHash);
        }
        if (supersedes != 0 && !anchored[keccak256(abi.encode(by, recordId, supersedes))]) {
            return abi.encodeWithSelector(RecordAnchor.UnknownVersion.selector, recordId, supersedes);
        }
        return "";
    }

    function anchor(uint256 whoSeed, uint256 recordSeed, uint256 contentSeed, uint256 supersedesSeed) external {
        address by = _who(whoSeed);
        bytes32 recordId = _record(recordSeed);
        bytes32 contentHash = _content(contentSeed);
        // Half the time a first version, otherwise some version from the pool (anchored for this record or not).
        bytes32 supersedes = supersedesSeed % 2 == 0 ? bytes32(0) : _content(supersedesSeed >> 1);
        if (recordSeed % 17 == 0) recordId = 0; // now and then, an invalid record
        bytes memory want = _expectedAnchorError(by, recordId, contentHash, supersedes);

        vm.prank(by);
        try anchors.anchor(recordId, contentHash, supersedes) {
            _onAnchored(by, recordId, contentHash, want);
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    /// @dev The second custodian signs, the relayer submits and pays.
    function anchorForwarded(uint256 recordSeed, uint256 contentSeed, uint256 supersedesSeed) external {
        bytes32 recordId = _record(recordSeed);
        bytes32 contentHash = _content(contentSeed);
        bytes32 supersedes = supersedesSeed % 2 == 0 ? bytes32(0) : _content(supersedesSeed >> 1);
        bytes memory want = _expectedAnchorError(custodian2, recordId, contentHash, supersedes);
        ERC2771Forwarder.ForwardRequestData memory req = _signedRequest(
            custodian2Key, address(anchors), abi.encodeCall(RecordAnchor.anchor, (recordId, contentHash, supersedes))
        );

        vm.prank(relayer);
        try forwarder.execute(req) {
            _onAnchored(custodian2, recordId, contentHash, want);
        } catch (bytes memory err) {
            // The forwarder replaces the target's revert reason by FailedCall(); anything else (a signature or
            // nonce the forwarder refuses) is a surprise.
            _reverted(want.length == 0 ? want : abi.encodeWithSelector(Errors.FailedCall.selector), err);
        }
    }

    function anchorBatch(uint256 whoSeed, uint256 rootSeed, uint32 leafCount) external {
        address by = _who(whoSeed);
        bytes32 root = rootSeed % 13 == 0 ? bytes32(0) : _root(rootSeed);
        leafCount = uint32(bound(leafCount, 0, 100_000));
        bytes memory want;
        if (!ghostCustodian[by]) {
            want = abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, by, role);
        } else if (root == 0 || leafCount == 0) {
            want = abi.encodeWithSelector(RecordAnchor.InvalidBatch.selector, root, leafCount);
        } else if (batched[keccak256(abi.encode(by, root))]) {
            want = abi.encodeWithSelector(RecordAnchor.BatchExists.selector, root);
        }

        vm.prank(by);
        try anchors.anchorBatch(root, leafCount, "bevan://batches/fuzz") {
            _succeeded(want);
            batched[keccak256(abi.encode(by, root))] = true;
            ghostBatches.push(GhostBatch(root, by, uint48(block.timestamp), leafCount, ghostCustodian[by]));
        } catch (bytes memory err) {
            _reverted(want, err);
        }
    }

    /// @dev The DAO's timelock grants or revokes the second custodian's role: this must always succeed.
    function toggleCustodian2() external {
        ghostCustodian[custodian2] =
            _toggleRole(timelock, IAccessControl(address(anchors)), role, custodian2, ghostCustodian[custodian2]);
    }

    // ------------------------------------------------------------------ internals

    function _onAnchored(address by, bytes32 recordId, bytes32 contentHash, bytes memory want) internal {
        _succeeded(want);
        anchored[keccak256(abi.encode(by, recordId, contentHash))] = true;
        ghostAnchors.push(GhostAnchor(recordId, contentHash, by, uint48(block.timestamp), ghostCustodian[by]));
    }

    function _signedRequest(uint256 key, address target, bytes memory data)
        internal
        view
        returns (ERC2771Forwarder.ForwardRequestData memory req)
    {
        req.from = vm.addr(key);
        req.to = target;
        req.gas = 200_000;
        req.deadline = uint48(block.timestamp + 1 hours);
        req.data = data;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, _digest(req));
        req.signature = abi.encodePacked(r, s, v);
    }

    function _digest(ERC2771Forwarder.ForwardRequestData memory req) internal view returns (bytes32) {
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256(
                    "ForwardRequest(address from,address to,uint256 value,uint256 gas,uint256 nonce,uint48 deadline,bytes data)"
                ),
                req.from,
                req.to,
                req.value,
                req.gas,
                forwarder.nonces(req.from),
                req.deadline,
                keccak256(req.data)
            )
        );
        (, string memory name, string memory version, uint256 chainId, address verifying,,) = forwarder.eip712Domain();
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256(bytes(name)),
                keccak256(bytes(version)),
                chainId,
                verifying
            )
        );
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }
}

contract AnchorInvariantsTest is BevanFixture {
    uint256 internal constant CUSTODIAN2_KEY = 0xC0572;
    AnchorHandler internal handler;

    function setUp() public override {
        super.setUp();
        _grantByDao(address(anchors), anchors.CUSTODIAN_ROLE(), vm.addr(CUSTODIAN2_KEY));
        handler = new AnchorHandler(anchors, forwarder, RELAYER, address(timelock), CUSTODIAN, CUSTODIAN2_KEY);
        targetContract(address(handler));
    }

    /// @dev Every anchor and batch ever written still reads back exactly as written.
    function invariant_anchorNeverChanges() public view {
        AnchorHandler.GhostAnchor[] memory as_ = handler.allAnchors();
        for (uint256 i = 0; i < as_.length; ++i) {
            uint48 anchoredAt = anchors.anchorOf(as_[i].custodian, as_[i].recordId, as_[i].contentHash);
            assertEq(anchoredAt, as_[i].anchoredAt, "anchor time");
            assertTrue(
                anchors.verifyRecord(
                    as_[i].custodian, as_[i].recordId, as_[i].contentHash, bytes32(0), new bytes32[](0)
                ),
                "verifies"
            );
        }
        AnchorHandler.GhostBatch[] memory bs = handler.allBatches();
        for (uint256 i = 0; i < bs.length; ++i) {
            (uint48 anchoredAt, uint32 leafCount) = anchors.batch(bs[i].custodian, bs[i].root);
            assertEq(anchoredAt, bs[i].anchoredAt, "batch time");
            assertEq(leafCount, bs[i].leafCount, "batch leafCount");
        }
    }

    /// @dev For every account and over every record, content hash and batch root the handler can use, what the chain
    /// holds under that account is exactly what the ghost model says that account anchored (so one custodian's anchors
    /// never appear under, or block, the other's), and nothing is ever held under the stranger or the relayer; and
    /// every call did what the model predicted (so nothing was anchored without the role at the time).
    function invariant_onlyCustodiansAnchor() public view {
        (bytes32[] memory records, bytes32[] memory contents, bytes32[] memory roots) = handler.pools();
        address[4] memory who = [handler.custodian1(), handler.custodian2(), handler.STRANGER(), RELAYER];
        for (uint256 w = 0; w < who.length; ++w) {
            for (uint256 r = 0; r < records.length; ++r) {
                for (uint256 c = 0; c < contents.length; ++c) {
                    bool onChain = anchors.anchorOf(who[w], records[r], contents[c]) != 0;
                    bool isAnchored = handler.anchored(keccak256(abi.encode(who[w], records[r], contents[c])));
                    assertEq(onChain, isAnchored, "anchored on chain iff in the model");
                    if (onChain) assertTrue(w < 2, "anchored by a non-custodian");
                }
            }
            for (uint256 i = 0; i < roots.length; ++i) {
                (uint48 at,) = anchors.batch(who[w], roots[i]);
                assertEq(
                    at != 0, handler.batched(keccak256(abi.encode(who[w], roots[i]))), "batch on chain iff in the model"
                );
                if (at != 0) assertTrue(w < 2, "batch by a non-custodian");
            }
        }
        assertFalse(anchors.hasRole(anchors.CUSTODIAN_ROLE(), handler.STRANGER()), "stranger has no role");
        assertFalse(anchors.hasRole(anchors.CUSTODIAN_ROLE(), RELAYER), "relayer has no role");
        assertEq(handler.unexpectedSuccesses(), 0, "a call succeeded that should have reverted");
        assertEq(handler.unexpectedReverts(), 0, "a call reverted that should have succeeded");
    }
}
