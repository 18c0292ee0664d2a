import { Button, type ButtonProps } from "@mantine/core";
import { createLink, type LinkComponent } from "@tanstack/react-router";

type MantineButtonAnchorProps = ButtonProps &
  Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, "color" | "style"> & {
    ref?: React.Ref<HTMLAnchorElement>;
  };

function MantineButtonAnchor(props: MantineButtonAnchorProps) {
  return <Button component="a" {...props} />;
}

const CreatedButtonLink = createLink(MantineButtonAnchor);

/** A link that looks like a button (it goes somewhere; it does not do something), typed by the router. */
export const ButtonLink: LinkComponent<typeof MantineButtonAnchor> = (props) => (
  <CreatedButtonLink {...props} />
);
