package app.auraworkflows.web;

import app.auraworkflows.approval.PageWorkflowService;
import app.auraworkflows.confluence.AuraPermissions;
import app.auraworkflows.confluence.AuraUser;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.Page;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The History macro reads only the rendered page, and only for a signed-in viewer of it. */
class HistoryMacroTest {
    private final PageWorkflowService service = mock(PageWorkflowService.class);
    private final AuraPermissions permissions = mock(AuraPermissions.class);
    private final SoyTemplateRenderer soy = mock(SoyTemplateRenderer.class);
    private final HistoryMacro macro = new HistoryMacro(service, permissions, soy);

    private static ConversionContext rendering(ContentEntityObject entity) {
        return () -> entity;
    }

    private static Page page(long id) {
        Page page = new Page();
        page.setId(id);
        return page;
    }

    @Test
    void rendersNothingWithoutAPageOrForSomeoneWhoCannotViewIt() {
        AuraUser erin = new AuraUser("k-erin", "erin");
        when(permissions.currentUser()).thenReturn(Optional.of(erin));
        when(permissions.canViewPageAsViewer(Optional.of(erin), 42)).thenReturn(false);

        assertEquals("", macro.execute(Map.of(), "", rendering(null)));
        assertEquals("", macro.execute(Map.of(), "", rendering(page(42))));
        when(permissions.currentUser()).thenReturn(Optional.empty());
        when(permissions.canViewPageAsViewer(Optional.empty(), 42)).thenReturn(false);
        assertEquals("", macro.execute(Map.of(), "", rendering(page(42))), "an anonymous visitor the page is not open to");
        verify(service, never()).status(anyLong(), any());
    }

    @Test
    void aViewerGetsTheTemplateRenderedForTheRenderedPageAsAReadOnlyBlockWithoutBody() {
        AuraUser erin = new AuraUser("k-erin", "erin");
        when(permissions.currentUser()).thenReturn(Optional.of(erin));
        when(permissions.canViewPageAsViewer(Optional.of(erin), 42)).thenReturn(true);
        when(service.status(42, null)).thenReturn(Optional.empty());
        when(soy.render(any(), any(), any())).thenReturn("<div>html</div>");

        assertEquals("<div>html</div>", macro.execute(Map.of("pageId", "7"), "", rendering(page(42))));
        verify(service).status(42, null);
        assertEquals(Macro.BodyType.NONE, macro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
    }
}
