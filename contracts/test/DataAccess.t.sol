// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {Test} from "./utils/Test.sol";
import {GovernanceFixture} from "./utils/GovernanceFixture.sol";
import {DataAccess} from "../src/DataAccess.sol";
import {Membership} from "../src/Membership.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";

/// @dev The suite with a DataAccess whose admin is the timelock and whose releaser is RELEASER.
abstract contract DataAccessFixture is GovernanceFixture {
    address internal constant RELEASER = address(0xDA7A);
    bytes32 internal constant MEASURE = "consents-by-purpose";
    uint48 internal constant START = 1_782_864_000; // 2026-07-01
    uint48 internal constant END = 1_790_812_800; // 2026-10-01

    DataAccess internal access;

    function setUp() public virtual override {
        super.setUp();
        address[] memory releasers = new address[](1);
        releasers[0] = RELEASER;
        access = new DataAccess(address(forwarder), address(timelock), membership, releasers);
    }

    function _request(address requester) internal returns (uint256) {
        vm.prank(requester);
        return access.request(MEASURE, 3, START, END); // PURPOSE_HRESCH
    }
}

contract DataAccessTest is DataAccessFixture {
    address internal constant OUTSIDER = address(0x0DD);

    function test_requestRecordsAndEmits() public {
        vm.expectEmit(address(access));
        emit DataAccess.AccessRequested(1, member1, MEASURE, 3, START, END);
        uint256 id = _request(member1);
        assertEq(id, 1, "first id");
        assertEq(access.requestCount(), 1, "count");
        DataAccess.Request memory r = access.requestOf(id);
        assertEq(r.requester, member1, "requester");
        assertEq(r.measure, MEASURE, "measure");
        assertEq(uint256(r.periodEnd), uint256(END), "end");
        assertEq(uint256(r.requestedAt), block.timestamp, "requestedAt");
        assertFalse(access.isApproved(id, member1), "not approved yet");
    }

    function test_request_nonMemberReverts() public {
        vm.prank(OUTSIDER);
        vm.expectRevert(abi.encodeWithSelector(DataAccess.NotMember.selector, OUTSIDER));
        access.request(MEASURE, 3, START, END);
    }

    function test_request_badMeasureOrPeriodReverts() public {
        vm.startPrank(member1);
        vm.expectRevert(abi.encodeWithSelector(DataAccess.InvalidRequest.selector, bytes32(0), START, END));
        access.request(0, 3, START, END);
        vm.expectRevert(abi.encodeWithSelector(DataAccess.InvalidRequest.selector, MEASURE, END, START));
        access.request(MEASURE, 3, END, START);
        vm.stopPrank();
    }

    function testFuzz_request_onlyResearchOrPopulationHealth(uint8 purpose) public {
        vm.prank(member2);
        if (purpose != 3 && purpose != 11) {
            vm.expectRevert(abi.encodeWithSelector(DataAccess.InvalidPurpose.selector, purpose));
            access.request(MEASURE, purpose, START, END);
        } else {
            uint256 id = access.request(MEASURE, purpose, START, END);
            assertEq(uint256(access.requestOf(id).purpose), uint256(purpose), "purpose");
        }
    }

    function test_requestThroughForwarder_countsForSigner() public {
        bytes memory data = abi.encodeCall(DataAccess.request, (MEASURE, 11, START, END));
        ERC2771Forwarder.ForwardRequestData memory req = _forwardRequest(MEMBER2_KEY, address(access), data, 200_000);
        vm.prank(RELAYER);
        forwarder.execute(req);
        assertEq(access.requestOf(1).requester, member2, "the signer requested");
    }

    function test_approveThroughDao_thenRelease() public {
        uint256 id = _request(member1);
        _pass(_one(address(access), abi.encodeCall(DataAccess.approve, (id)), "approve data access request 1"));
        assertTrue(access.isApproved(id, member1), "approved");
        assertFalse(access.isApproved(id, member2), "for the requester only");
        bytes32 h = keccak256("release");
        vm.expectEmit(address(access));
        emit DataAccess.DataReleased(id, member1, h, 1);
        vm.prank(RELEASER);
        access.recordRelease(id, h);
        assertEq(uint256(access.requestOf(id).releases), 1, "releases");
    }

    function testFuzz_approve_onlyTimelock(address caller) public {
        // The forwarder's own calls name their sender in the calldata's tail: not a caller of its own.
        vm.assume(caller != address(timelock) && caller != address(forwarder));
        uint256 id = _request(member1);
        bytes32 admin = access.DEFAULT_ADMIN_ROLE();
        vm.prank(caller);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, caller, admin));
        access.approve(id);
    }

    function test_approve_unknownOrTwiceReverts() public {
        vm.startPrank(address(timelock));
        vm.expectRevert(abi.encodeWithSelector(DataAccess.UnknownRequest.selector, 7));
        access.approve(7);
        vm.stopPrank();
        uint256 id = _request(member1);
        vm.startPrank(address(timelock));
        vm.expectEmit(address(access));
        emit DataAccess.AccessApproved(id, member1);
        access.approve(id);
        vm.expectRevert(abi.encodeWithSelector(DataAccess.AlreadyApproved.selector, id));
        access.approve(id);
        vm.stopPrank();
    }

    function test_recordRelease_notApprovedOrZeroOrStrangerReverts() public {
        uint256 id = _request(member1);
        vm.prank(RELEASER);
        vm.expectRevert(abi.encodeWithSelector(DataAccess.NotApproved.selector, id));
        access.recordRelease(id, keccak256("x"));
        vm.prank(address(timelock));
        access.approve(id);
        vm.prank(RELEASER);
        vm.expectRevert(abi.encodeWithSelector(DataAccess.InvalidRelease.selector, id));
        access.recordRelease(id, 0);
        bytes32 role = access.RELEASER_ROLE();
        vm.prank(member1);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, member1, role));
        access.recordRelease(id, keccak256("x"));
    }

    function test_recordRelease_requesterLeftDaoReverts() public {
        uint256 id = _request(member3);
        vm.startPrank(address(timelock));
        access.approve(id);
        membership.burn(member3);
        vm.stopPrank();
        vm.prank(RELEASER);
        vm.expectRevert(abi.encodeWithSelector(DataAccess.NotMember.selector, member3));
        access.recordRelease(id, keccak256("x"));
    }
}

/// @dev Members request, the timelock approves, the releaser releases, strangers try everything; ghost state
/// predicts each outcome.
contract DataAccessHandler is Test {
    DataAccess internal immutable access;
    address internal immutable timelock;
    address internal immutable releaser;
    address[3] internal members;

    mapping(uint256 requestId => bool) public ghostApproved;
    mapping(uint256 requestId => uint256) public ghostReleases;
    uint256 public ghostRequests;
    uint256 public surprises;

    constructor(DataAccess access_, address timelock_, address releaser_, address[3] memory members_) {
        access = access_;
        timelock = timelock_;
        releaser = releaser_;
        members = members_;
    }

    function request(uint256 who, uint8 purpose) external {
        purpose = purpose % 2 == 0 ? 3 : 11;
        vm.prank(members[who % 3]);
        access.request("consents-by-purpose", purpose, 1, 2);
        ++ghostRequests;
    }

    function approve(uint256 id, bool asStranger) external {
        id = bound(id, 0, ghostRequests + 1);
        vm.prank(asStranger ? releaser : timelock);
        try access.approve(id) {
            if (asStranger || ghostApproved[id] || id == 0 || id > ghostRequests) ++surprises;
            ghostApproved[id] = true;
        } catch {
            if (!asStranger && !ghostApproved[id] && id != 0 && id <= ghostRequests) ++surprises;
        }
    }

    function release(uint256 id, bytes32 h, bool asStranger) external {
        id = bound(id, 0, ghostRequests + 1);
        vm.prank(asStranger ? members[0] : releaser);
        try access.recordRelease(id, h) {
            if (asStranger || !ghostApproved[id] || h == 0) ++surprises;
            ++ghostReleases[id];
        } catch {
            if (!asStranger && ghostApproved[id] && h != 0) ++surprises;
        }
    }
}

contract DataAccessInvariants is DataAccessFixture {
    DataAccessHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new DataAccessHandler(access, address(timelock), RELEASER, [member1, member2, member3]);
        targetContract(address(handler));
    }

    /// @dev Only approved requests are released, only by the releaser, and the contract agrees with the ghost.
    function invariant_releasesOnlyOfApprovedRequests() public view {
        assertEq(handler.surprises(), 0, "surprises");
        uint256 n = access.requestCount();
        assertEq(n, handler.ghostRequests(), "requests");
        for (uint256 id = 1; id <= n; ++id) {
            DataAccess.Request memory r = access.requestOf(id);
            assertEq(r.approvedAt != 0, handler.ghostApproved(id), "approved");
            assertEq(uint256(r.releases), handler.ghostReleases(id), "releases");
            assertTrue(r.releases == 0 || r.approvedAt != 0, "released only if approved");
        }
    }
}
